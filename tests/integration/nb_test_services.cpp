// The fake vendors and Nightscout sites in a process of their own, for tests that run nightbridge-cli as a
// real process and kill it (tst_synccrash, tst_synccli): the fakes keep their state across CLI restarts.
// Prints one JSON line with the addresses on standard output, then serves until POST /quit.
//
// Control API (http://127.0.0.1:<port>/...):
//   POST /advance?minutes=N     move the clock (the pump history is revealed up to it)
//   POST /approve               body: a CareLink authorize URL -> the redirect a browser would end on
//   GET  /documents?site=I&collection=C   what fake Nightscout I holds
//   GET  /stats                 vendor counters (sign-ins, failed sign-ins, data requests)
//   POST /fault?target=T&kind=K&count=N&path=P   inject a fault (T: tandem, carelink, ns0, ns1, ...)
//   POST /tandem-password?value=V   change the fake account's password
//   POST /quit
#include "fakeworld.h"
#include "manualclock.h"
#include "simulation/loopbackserver.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <cstdio>

using namespace nb;
using namespace nb::sim;

namespace {

QString arg(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
}

Fault::Kind faultKind(const QString &name)
{
    static const QHash<QString, Fault::Kind> kinds = {
        {QStringLiteral("hang"), Fault::Kind::Hang},
        {QStringLiteral("reset"), Fault::Kind::ResetMidBody},
        {QStringLiteral("close"), Fault::Kind::CloseImmediately},
        {QStringLiteral("429"), Fault::Kind::TooManyRequests},
        {QStringLiteral("500"), Fault::Kind::ServerError},
        {QStringLiteral("malformed"), Fault::Kind::MalformedBody},
    };
    return kinds.value(name, Fault::Kind::ServerError);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    test::ManualClock clock(QDateTime::currentDateTimeUtc().addSecs(
        -qint64(arg(args, QStringLiteral("--offset-hours"), QStringLiteral("0")).toDouble() * 3600)));
    FakeWorld::Options options;
    options.seed = arg(args, QStringLiteral("--seed"), QStringLiteral("7")).toUInt();
    options.tandemHistoryDays = arg(args, QStringLiteral("--history-days"), QStringLiteral("3")).toInt();
    options.nightscoutSites = arg(args, QStringLiteral("--nightscout-sites"), QStringLiteral("2")).toInt();
    options.nightscoutSecret = QStringLiteral("crash-test-secret-123");
    options.tandemTokenLifetime = std::chrono::hours(48);
    // A kill between CareLink's rotation and our persisting it would end the chain ("sign-in needed",
    // covered by the CareLink tests); here the restarts must not depend on where the kill lands.
    options.careLinkRotatesRefreshTokens = !args.contains(QStringLiteral("--no-rotation"));
    // Two configs sign in the same fake user (target and reference of the crash test).
    options.careLinkRevokesOnNewLogin = !args.contains(QStringLiteral("--no-rotation"));
    FakeWorld world(clock, options);
    if (!world.start()) {
        std::fprintf(stderr, "cannot start the fakes\n");
        return 1;
    }
    LoopbackServer control;
    if (!control.listen())
        return 1;

    const auto json = [](const QJsonValue &v) {
        return v.isArray() ? ServerResponse::json(200, v.toArray()) : ServerResponse::json(200, v.toObject());
    };
    control.route("POST", QStringLiteral("/advance"), [&](const ServerRequest &r) {
        const double minutes = r.query.queryItemValue(QStringLiteral("minutes")).toDouble();
        clock.advance(qint64(minutes * 60000));
        world.reveal();
        return json(QJsonObject{{QStringLiteral("now"), clock.nowUtc().toString(Qt::ISODateWithMs)},
                                {QStringLiteral("tandemRecords"), world.revealedTandemRecords()}});
    });
    control.route("POST", QStringLiteral("/approve"), [&](const ServerRequest &r) {
        const QUrl redirect =
            world.careLink().approve(QUrl(QString::fromUtf8(r.body).trimmed()), FakeWorld::careLinkUser());
        return ServerResponse::text(redirect.isEmpty() ? 400 : 200, redirect.toString(QUrl::FullyEncoded).toUtf8());
    });
    control.route("GET", QStringLiteral("/documents"), [&](const ServerRequest &r) {
        const int site = r.query.queryItemValue(QStringLiteral("site")).toInt();
        const QString name = r.query.queryItemValue(QStringLiteral("collection"));
        QJsonArray out;
        for (NsCollection c :
             {NsCollection::Entries, NsCollection::Treatments, NsCollection::DeviceStatus, NsCollection::Profile}) {
            if (nsCollectionName(c) == name && site < world.nightscoutSites()) {
                for (const QJsonObject &doc : world.nightscout(site).store().documents(c))
                    out.append(doc);
            }
        }
        return json(out);
    });
    control.route("GET", QStringLiteral("/stats"), [&](const ServerRequest &) {
        return json(QJsonObject{{QStringLiteral("tandemLogins"), world.tandem().successfulLogins()},
                                {QStringLiteral("tandemFailedLogins"), world.tandem().failedLogins()},
                                {QStringLiteral("tandemCredentialPosts"), world.tandem().credentialPosts()},
                                {QStringLiteral("tandemLocked"), world.tandem().isLocked()},
                                {QStringLiteral("tandemPumpLogRequests"), world.tandem().pumpLogRequests()},
                                {QStringLiteral("careLinkDataRequests"), world.careLink().dataRequests()},
                                {QStringLiteral("now"), clock.nowUtc().toString(Qt::ISODateWithMs)}});
    });
    control.route("POST", QStringLiteral("/fault"), [&](const ServerRequest &r) {
        const QString target = r.query.queryItemValue(QStringLiteral("target"));
        Fault fault(faultKind(r.query.queryItemValue(QStringLiteral("kind"))),
                    r.query.queryItemValue(QStringLiteral("count")).toInt(),
                    r.query.queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded));
        fault.retryAfterSeconds = 2;
        LoopbackServer *server = target == QLatin1String("tandem") ? &world.tandem().server()
                                 : target == QLatin1String("carelink")
                                     ? &world.careLink().server()
                                     : &world.nightscout(target.mid(2).toInt()).server();
        if (r.query.queryItemValue(QStringLiteral("kind")) == QLatin1String("clear"))
            server->clearFaults();
        else
            server->injectFault(fault);
        return json(QJsonObject{{QStringLiteral("ok"), true}});
    });
    control.route("POST", QStringLiteral("/tandem-password"), [&](const ServerRequest &r) {
        world.tandem().setPassword(r.query.queryItemValue(QStringLiteral("value"), QUrl::FullyDecoded));
        world.tandem().unlockAccount();
        return json(QJsonObject{{QStringLiteral("ok"), true}});
    });
    control.route("POST", QStringLiteral("/quit"), [&](const ServerRequest &) {
        QTimer::singleShot(50, &app, &QCoreApplication::quit);
        return json(QJsonObject{{QStringLiteral("ok"), true}});
    });

    QJsonArray sites;
    for (int i = 0; i < world.nightscoutSites(); ++i)
        sites.append(world.nightscout(i).baseUrl().toString());
    const QJsonObject hello{{QStringLiteral("control"), control.baseUrl().toString()},
                            {QStringLiteral("tandem"), world.tandemBase().toString()},
                            {QStringLiteral("tandemClientId"), FakeWorld::tandemClientId()},
                            {QStringLiteral("tandemEmail"), FakeWorld::tandemEmail()},
                            {QStringLiteral("tandemPassword"), FakeWorld::tandemPassword()},
                            {QStringLiteral("carelinkDiscovery"), world.careLinkDiscovery().toString()},
                            {QStringLiteral("nightscout"), sites},
                            {QStringLiteral("secret"), options.nightscoutSecret}};
    std::printf("%s\n", QJsonDocument(hello).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return app.exec();
}
