#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace nb::cli {

// Where a command writes, and what it was given. Output to `out` is the command's result (JSON or
// text, never secrets); diagnostics go to `err`.
struct CommandIo {
    QTextStream &out;
    QTextStream &err;
    QTextStream &in;
    bool stdoutIsTerminal = false;
};

// One CLI verb ("convert", "nightscout"). run() may finish asynchronously: it must call `done` exactly
// once with the exit code, from the event loop, and never block.
class Command {
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one line for --help
    virtual QString usage() const = 0;   // full help for `nightbridge-cli help <name>`
    virtual void run(const QStringList &arguments, CommandIo &io, std::function<void(int)> done) = 0;
};

using CommandFactory = std::function<std::unique_ptr<Command>()>;

} // namespace nb::cli
