#pragma once

#include "sources/datasource.h"

#include <functional>
#include <memory>

namespace nb {

// A demo account's source: before each call, the fake world publishes what has "happened" by now
// (reveal). This replaces a timer that woke the demo process every minute whether or not anyone asked.
class RevealingSource final : public DataSource {
    Q_OBJECT
public:
    RevealingSource(std::unique_ptr<DataSource> inner, std::function<void()> reveal, QObject *parent = nullptr);
    ~RevealingSource() override;

    QString vendor() const override { return m_inner->vendor(); }
    SourceLimits limits() const override { return m_inner->limits(); }
    SourceCadence cadence() const override { return m_inner->cadence(); }
    void fetch(const FetchRequest &request, FetchCallback callback) override;
    void checkLogin(LoginCallback callback) override;
    void credentialFingerprint(FingerprintCallback callback) override;
    void cancel() override;

    DataSource &inner() { return *m_inner; }

private:
    std::unique_ptr<DataSource> m_inner;
    std::function<void()> m_reveal;
};

} // namespace nb
