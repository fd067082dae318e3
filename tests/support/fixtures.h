#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

namespace nb::test {

// Paths and loaders for ../shared/fixtures (next to the checkout, also in CI) and tests/data.
QString sharedDir();                                // ../shared
QString sharedFixture(const QString &relativePath); // ../shared/fixtures/<relativePath>
QString testData(const QString &relativePath);      // tests/data/<relativePath>
QByteArray readFile(const QString &path);           // QFAIL-friendly: empty on error, with a qWarning
QJsonDocument readJson(const QString &path);        // null document on error, with a qWarning

// Canonical JSON text (keys sorted, compact) for comparing documents in tests.
QByteArray canonicalJson(const QJsonValue &value);

} // namespace nb::test
