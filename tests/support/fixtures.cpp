#include "fixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace nb::test {

QString sharedDir()
{
    return QDir::cleanPath(QStringLiteral(NB_SHARED_DIR));
}

QString sharedFixture(const QString &relativePath)
{
    return sharedDir() + QStringLiteral("/fixtures/") + relativePath;
}

QString testData(const QString &relativePath)
{
    return QDir::cleanPath(QStringLiteral(NB_TEST_DATA_DIR)) + QLatin1Char('/') + relativePath;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s: %s", qPrintable(path), qPrintable(file.errorString()));
        return {};
    }
    return file.readAll();
}

QJsonDocument readJson(const QString &path)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(readFile(path), &error);
    if (doc.isNull())
        qWarning("%s is not JSON: %s", qPrintable(path), qPrintable(error.errorString()));
    return doc;
}

namespace {
QJsonValue sorted(const QJsonValue &value)
{
    // QJsonObject keeps keys sorted already; arrays keep their order. Recurse so nested values are
    // rebuilt the same way.
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            out.insert(it.key(), sorted(it.value()));
        return out;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(sorted(v));
        return out;
    }
    return value;
}
} // namespace

QByteArray canonicalJson(const QJsonValue &value)
{
    const QJsonValue s = sorted(value);
    if (s.isObject())
        return QJsonDocument(s.toObject()).toJson(QJsonDocument::Compact);
    if (s.isArray())
        return QJsonDocument(s.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
}

} // namespace nb::test
