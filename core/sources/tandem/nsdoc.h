#pragma once

#include "jsontext.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <vector>

namespace nb::tandem::detail {

// A Nightscout document while the transform builds it: a short list of fields kept in the key order
// Qt's JSON uses, with values of the same JSON types QJsonObject would hold. It becomes a QJsonObject
// for NsBatch (toJsonObject) or is written straight to JSON text (appendJson) — byte for byte what
// QJsonDocument would write for that object — so `convert` never builds thousands of QJsonObjects.
// Keys are string literals (ASCII, static storage).
class NsDoc {
public:
    void set(const char *key, int value) { set(key, qint64(value)); }
    void set(const char *key, qint64 value);
    void set(const char *key, double value);
    void set(const char *key, const QString &value);
    void set(const char *key, QLatin1String value) { set(key, QString(value)); }
    void set(const char *key, const QJsonObject &value); // nested object (rare)
    void setNull(const char *key);

    QJsonObject toJsonObject() const;
    // The same object, made from a copy of an earlier document of the same shape (same keys): its values
    // are replaced in place, which is much cheaper than inserting each key. `shapes` holds the prototypes
    // of one run.
    struct Shape;
    QJsonObject toJsonObject(std::vector<Shape> &shapes) const;
    // Compact JSON, as QJsonDocument::toJson(QJsonDocument::Compact) writes it.
    void appendJson(QByteArray &out) const;

private:
    enum class Type : quint8 { Integer, Double, String, Object, Null };
    struct Field {
        const char *key = nullptr;
        Type type = Type::Null;
        union {
            qint64 integer = 0;
            double number;
            qsizetype objectIndex; // into m_objects
        };
        QString text;
    };
    Field &slot(const char *key);

    QJsonValue valueOf(const Field &field) const;

    std::vector<Field> m_fields; // ascending by key
    std::vector<QJsonObject> m_objects;
};

struct NsDoc::Shape {
    std::vector<const char *> keys;
    QJsonObject prototype;
};

} // namespace nb::tandem::detail
