#include "convertcommand.h"

#include "common/result.h"
#include "exitcodes.h"
#include "model/nsbatch.h"
#include "common/clock.h"
#include "sources/carelink/carelinkconvert.h"
#include "sources/tandem/tandemconvert.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>

namespace nb::cli {

QString ConvertCommand::summary() const
{
    return tr("Convert a saved vendor response to Nightscout JSON (offline)");
}

QString ConvertCommand::usage() const
{
    return tr("Usage: nightbridge-cli convert --source tandem|carelink --input FILE [options]\n\n"
              "Reads a saved vendor response and prints the Nightscout documents Nightbridge would\n"
              "upload for it, as {\"entries\":[], \"treatments\":[], \"devicestatus\":[], \"profile\":[]}.\n\n"
              "Options:\n"
              "  --source S       tandem or carelink\n"
              "  --input FILE     the saved response (\"-\" for standard input)\n"
              "  --timezone ZONE  IANA time zone of the pump clock (tandem; default: this computer's)\n"
              "  --features LIST  comma-separated features to convert (default: the source's defaults)\n"
              "  --end TIME       tandem: where the last basal ends, as a sync's \"now\" (ISO 8601;\n"
              "                   default: the time of the newest record in the input)\n"
              "  --compact        one-line JSON\n");
}

void ConvertCommand::run(const QStringList &arguments, CommandIo &io, std::function<void(int)> done)
{
    QCommandLineParser parser;
    const QCommandLineOption sourceOpt(QStringLiteral("source"), QString(), QStringLiteral("S"));
    const QCommandLineOption inputOpt(QStringLiteral("input"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption zoneOpt(QStringLiteral("timezone"), QString(), QStringLiteral("ZONE"));
    const QCommandLineOption featuresOpt(QStringLiteral("features"), QString(), QStringLiteral("LIST"));
    const QCommandLineOption compactOpt(QStringLiteral("compact"));
    const QCommandLineOption endOpt(QStringLiteral("end"), QString(), QStringLiteral("TIME"));
    parser.addOptions({sourceOpt, inputOpt, zoneOpt, featuresOpt, compactOpt, endOpt});
    if (!parser.parse(QStringList{QStringLiteral("convert")} + arguments)) {
        io.err << parser.errorText() << '\n' << usage();
        io.err.flush();
        done(Usage);
        return;
    }
    const QString source = parser.value(sourceOpt);
    const QString inputPath = parser.value(inputOpt);
    if (source.isEmpty() || inputPath.isEmpty()) {
        io.err << tr("convert needs --source and --input.") << '\n' << usage();
        io.err.flush();
        done(Usage);
        return;
    }

    QFile file;
    const bool opened = inputPath == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                        : (file.setFileName(inputPath), file.open(QIODevice::ReadOnly));
    if (!opened) {
        io.err << tr("Cannot read %1: %2").arg(inputPath, file.errorString()) << '\n';
        io.err.flush();
        done(Config);
        return;
    }
    QByteArray input = file.readAll();
    file.close();

    // The JSON goes to the output in pieces, as bytes: a 30-day Tandem file is megabytes of text, and
    // neither one QJsonDocument for all of it nor a UTF-16 copy of the text is needed.
    const bool compact = parser.isSet(compactOpt);
    io.out.flush();
    QIODevice *device = io.out.device();
    const auto write = [&io, device](const QByteArray &bytes) {
        if (device)
            device->write(bytes);
        else
            io.out << QString::fromUtf8(bytes);
    };

    // Each source converts in its own module; wired in by the vendor issues.
    Result<void> written =
        SyncError::make(SyncError::Kind::Config, tr("Unknown source \"%1\": use tandem or carelink.").arg(source),
                        QStringLiteral("unknown source"));
    if (source == QLatin1String("tandem"))
        written = tandem::writeTandemJsonForCli(std::move(input), parser.value(zoneOpt), parser.value(featuresOpt),
                                                parser.value(endOpt), compact, write);
    if (source == QLatin1String("carelink")) {
        QStringList notes;
        const Result<NsBatch> batch =
            carelink::convertCareLinkForCli(input, parser.value(featuresOpt), SystemClock().nowMs(), &notes);
        for (const QString &note : notes)
            io.err << note << '\n';
        io.err.flush();
        if (batch.ok())
            write(QJsonDocument(batch->toJson()).toJson(compact ? QJsonDocument::Compact : QJsonDocument::Indented));
        written = batch.ok() ? Result<void>() : Result<void>(batch.error());
    }
    if (!written.ok()) {
        io.err << written.error().userMessage << '\n';
        io.err.flush();
        done(written.error().kind == SyncError::Kind::Config ? Usage : exitCodeFor(written.error()));
        return;
    }
    io.out.flush();
    if (auto *fileDevice = qobject_cast<QFileDevice *>(device))
        fileDevice->flush();
    done(Ok);
}

} // namespace nb::cli
