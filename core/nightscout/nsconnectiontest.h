#pragma once

#include "nightscoutclient.h"

#include <QObject>

namespace nb::ns {

// One "test connection" run: status.json without credentials (is this a Nightscout site, which
// version, read-only?), then — only if the site accepts uploads at all — verifyauth with our
// credentials (after the JWT exchange for a token). At most one credentialed request, so a wrong
// secret costs one server-side penalty, not several. Deletes itself after calling back.
class NsConnectionTest : public QObject {
    Q_OBJECT
public:
    NsConnectionTest(NightscoutClient &client, NightscoutClient::ReportCallback callback, QObject *parent = nullptr);
    void start();

private:
    void requestStatus(bool authenticated);
    void onStatus(const HttpResponse &response, const std::optional<SyncError> &error, bool authenticated);
    void requestVerifyAuth();
    void onVerifyAuth(const HttpResponse &response, const std::optional<SyncError> &error);
    void judgeWritePermission();
    void finish(NsCheckOutcome outcome, std::optional<SyncError> error = std::nullopt);
    NsCheckOutcome wrongCredentialsOutcome() const;
    SyncError wrongCredentialsError() const;

    NightscoutClient &m_client;
    NightscoutClient::ReportCallback m_callback;
    NsConnectionReport m_report;
};

} // namespace nb::ns
