#pragma once

#include "command.h"

namespace nb::cli {

// nightbridge-cli convert --source tandem|carelink --input FILE [--timezone ZONE] [--features LIST]
// Offline: reads a saved vendor response and prints {"entries":[], "treatments":[], "devicestatus":[],
// "profile":[]}. No network, no settings, no keychain.
class ConvertCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ConvertCommand)
public:
    QString name() const override { return QStringLiteral("convert"); }
    QString summary() const override;
    QString usage() const override;
    void run(const QStringList &arguments, CommandIo &io, std::function<void(int)> done) override;
};

} // namespace nb::cli
