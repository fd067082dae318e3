#pragma once

// Shared by the tests that run nightbridge-cli as a process against nb_test_services (header only).

#include "common/clock.h"
#include "net/httpclient.h"
#include "settings/settings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <memory>
#include <optional>

namespace nb::test {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

class SyncHarness {
public:
    ~SyncHarness() { stop(); }

    bool start(const QStringList &serviceArgs)
    {
        m_services.setProgram(QStringLiteral(NB_TEST_SERVICES));
        m_services.setArguments(serviceArgs);
        m_services.setProcessChannelMode(QProcess::SeparateChannels);
        m_services.start();
        if (!m_services.waitForStarted(10000))
            return false;
        if (!QTest::qWaitFor([&] { return m_services.canReadLine(); }, 30000))
            return false;
        m_hello = QJsonDocument::fromJson(m_services.readLine()).object();
        m_http = std::make_unique<HttpClient>(m_clock);
        return !m_hello.isEmpty();
    }

    void stop()
    {
        if (m_services.state() == QProcess::NotRunning)
            return;
        control("POST", QStringLiteral("/quit"));
        if (!m_services.waitForFinished(5000))
            m_services.kill();
    }

    const QJsonObject &hello() const { return m_hello; }
    QString nightscoutUrl(int site) const
    {
        return m_hello.value(QLatin1String("nightscout")).toArray().at(site).toString();
    }

    QByteArray control(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {})
    {
        HttpRequest request;
        request.method = method == "POST" ? HttpRequest::Method::Post : HttpRequest::Method::Get;
        request.url = QUrl(m_hello.value(QLatin1String("control")).toString() + pathAndQuery);
        request.body = body;
        request.setHeader("Content-Type", "text/plain");
        std::optional<HttpResponse> response;
        m_http->send(request, QStringLiteral("test services"), nullptr, [&](const HttpResponse &r) { response = r; });
        if (!QTest::qWaitFor([&] { return response.has_value(); }, 30000))
            return {};
        return response ? response->body : QByteArray();
    }
    QJsonObject stats() { return QJsonDocument::fromJson(control("GET", QStringLiteral("/stats"))).object(); }
    QList<QJsonObject> documents(int site, const QString &collection)
    {
        QList<QJsonObject> docs;
        const QJsonArray array =
            QJsonDocument::fromJson(
                control("GET", QStringLiteral("/documents?site=%1&collection=%2").arg(site).arg(collection)))
                .array();
        for (const QJsonValue &v : array)
            docs.append(v.toObject());
        return docs;
    }

    // A config dir pointing at the fakes: settings with the vendor overrides, file credential store,
    // the site (index) and its secret.
    bool configure(const QString &dir, int site, int batchSize = 100)
    {
        Settings settings(dir + QStringLiteral("/nightbridge.ini"));
        (void)settings.migrate();
        const QString base = m_hello.value(QLatin1String("tandem")).toString();
        const auto set = [&](const QString &key, const QString &value) { return settings.setValue(key, value).ok(); };
        bool ok =
            set(keys::nightscoutUrl, nightscoutUrl(site)) && set(keys::credentialBackend, QStringLiteral("file")) &&
            set(keys::nightscoutUploadBatchSize, QString::number(batchSize)) &&
            set(keys::tandemOverride(QStringLiteral("ssoUrl")), base + QStringLiteral("/")) &&
            set(keys::tandemOverride(QStringLiteral("us"), QStringLiteral("loginApiUrl")),
                base + QStringLiteral("/accounts/api/login")) &&
            set(keys::tandemOverride(QStringLiteral("us"), QStringLiteral("issuerUrl")),
                base + QStringLiteral("/accounts/api")) &&
            set(keys::tandemOverride(QStringLiteral("us"), QStringLiteral("clientId")),
                m_hello.value(QLatin1String("tandemClientId")).toString()) &&
            set(keys::tandemOverride(QStringLiteral("us"), QStringLiteral("redirectUri")),
                base + QStringLiteral("/auth/callback")) &&
            set(keys::tandemOverride(QStringLiteral("us"), QStringLiteral("sourceUrl")), base + QStringLiteral("/")) &&
            set(keys::careLinkOverride(QStringLiteral("discoveryUrl")),
                m_hello.value(QLatin1String("carelinkDiscovery")).toString());
        ok = ok && settings.sync().ok();
        return ok && writeFile(dir + QStringLiteral("/ns-secret"), m_hello.value(QLatin1String("secret")).toString()) &&
               writeFile(dir + QStringLiteral("/tandem-password"),
                         m_hello.value(QLatin1String("tandemPassword")).toString());
    }

    static bool writeFile(const QString &path, const QString &text)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8() + '\n') > 0;
    }

    static QProcessEnvironment cleanEnvironment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : env.keys()) {
            if (name.startsWith(QLatin1String("NS_")) || name.startsWith(QLatin1String("TCONNECT_")) ||
                name.startsWith(QLatin1String("CARELINK_")) || name.startsWith(QLatin1String("NIGHTBRIDGE_")) ||
                name == QLatin1String("API_SECRET") || name == QLatin1String("TIMEZONE_NAME"))
                env.remove(name);
        }
        return env;
    }

    // Runs the CLI to its end (or until timeoutMs).
    static CliRun cli(const QStringList &args, const QProcessEnvironment &env = cleanEnvironment(),
                      const QByteArray &input = {}, int timeoutMs = 120000)
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(NB_CLI_BINARY), args);
        CliRun run;
        if (!p.waitForStarted(10000))
            return run;
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        // The services live in another process: blocking here is fine.
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished(5000);
        }
        run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        run.out = QString::fromUtf8(p.readAllStandardOutput());
        run.err = QString::fromUtf8(p.readAllStandardError());
        return run;
    }

    // `carelink login` with the printed URL approved by the fake and the redirect pasted back.
    bool careLinkLogin(const QStringList &configArgs, const QString &account)
    {
        QProcess p;
        p.setProcessEnvironment(cleanEnvironment());
        p.start(QStringLiteral(NB_CLI_BINARY),
                configArgs + QStringList{QStringLiteral("carelink"), QStringLiteral("login"),
                                         QStringLiteral("--account"), account});
        if (!p.waitForStarted(10000))
            return false;
        QString url;
        (void)QTest::qWaitFor(
            [&] {
                p.waitForReadyRead(100);
                while (p.canReadLine()) {
                    const QString line = QString::fromUtf8(p.readLine()).trimmed();
                    if (line.startsWith(QLatin1String("http")))
                        url = line;
                }
                return !url.isEmpty() || p.state() == QProcess::NotRunning;
            },
            30000);
        if (url.isEmpty())
            return false;
        const QByteArray redirect = control("POST", QStringLiteral("/approve"), url.toUtf8());
        p.write(redirect + '\n');
        p.closeWriteChannel();
        return p.waitForFinished(30000) && p.exitCode() == 0;
    }

private:
    SystemClock m_clock;
    QProcess m_services;
    QJsonObject m_hello;
    std::unique_ptr<HttpClient> m_http;
};

} // namespace nb::test
