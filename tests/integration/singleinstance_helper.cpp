// A second process for tst_singleinstance: `singleinstance_helper DIR NAME secondary|primary [ARGS...]`.
// secondary: hands ARGS to the running instance; exit 0 when handed off, 2 when that failed, 3 when it
//            unexpectedly became the primary itself.
// primary:   becomes the primary (prints "primary"), prints "received <json>" per forwarded launch and
//            runs until killed (the test kills it with SIGKILL to leave a stale lock and socket behind).
#include "platform/singleinstance.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return 64;
    nb::SingleInstanceOptions options;
    options.directory = args.at(1);
    options.name = args.at(2);
    const bool primaryMode = args.at(3) == QLatin1String("primary");
    nb::SingleInstance instance(options);
    QObject::connect(&instance, &nb::SingleInstance::handedOff, &app, [] { QCoreApplication::exit(0); });
    QObject::connect(&instance, &nb::SingleInstance::failed, &app, [] { QCoreApplication::exit(2); });
    QObject::connect(&instance, &nb::SingleInstance::becamePrimary, &app, [primaryMode] {
        if (!primaryMode) {
            QCoreApplication::exit(3);
            return;
        }
        QTextStream(stdout) << "primary\n";
    });
    QObject::connect(&instance, &nb::SingleInstance::argumentsReceived, &app, [](const QStringList &received) {
        QTextStream(stdout) << "received "
                            << QJsonDocument(QJsonArray::fromStringList(received)).toJson(QJsonDocument::Compact)
                            << '\n';
    });
    instance.start(args.mid(4));
    return app.exec();
}
