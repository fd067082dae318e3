#include "identifier.h"

#include <QJsonObject>
#include <QUuid>

namespace nb {

namespace {
// Nightbridge's identifier namespace. Fixed forever.
const QUuid kNamespace(QStringLiteral("{6f1c2b1e-5c0a-4b7e-9a43-6e4e8b2f9d10}"));
} // namespace

QString stableIdentifier(const QString &source, const QStringList &naturalKey)
{
    QString name = source;
    for (const QString &part : naturalKey) {
        name += QLatin1Char('|');
        name += part;
    }
    return QUuid::createUuidV5(kNamespace, name).toString(QUuid::WithoutBraces);
}

QString nightbridgeEnteredBy()
{
    return QStringLiteral("Nightbridge");
}

bool isNightbridgeDocument(const QJsonObject &doc)
{
    return doc.value(QStringLiteral("enteredBy")).toString().startsWith(QLatin1String("Nightbridge")) ||
           doc.value(QStringLiteral("device")).toString().startsWith(QLatin1String("nightbridge"));
}

} // namespace nb
