#pragma once

#include <QByteArray>
#include <QString>

namespace nb::tandem {

// JSON text helpers that match QJsonDocument's writer exactly.
void appendJsonString(QByteArray &out, const QString &text);
void appendJsonDouble(QByteArray &out, double value);
void appendJsonInteger(QByteArray &out, qint64 value);

// Re-indents compact JSON text (as written by appendJson or QJsonDocument's compact mode) into the
// layout of QJsonDocument::toJson(QJsonDocument::Indented), chunk by chunk: the state carries over
// between calls, so a large document can be written in pieces.
class JsonIndenter {
public:
    void feed(const QByteArray &compact, QByteArray &out);

private:
    void newline(QByteArray &out) const;

    int m_depth = 0;
    bool m_inString = false;
    bool m_escape = false;
    bool m_pendingOpen = false;
};

} // namespace nb::tandem
