#include "nsdoc.h"

#include <QJsonDocument>
#include <QJsonValue>

#include <cstring>

namespace nb::tandem::detail {

NsDoc::Field &NsDoc::slot(const char *key)
{
    if (m_fields.capacity() == 0)
        m_fields.reserve(10); // a document has up to about ten fields
    // Qt orders object keys by comparing them as strings; for ASCII keys that is byte order.
    auto it = m_fields.begin();
    int order = 1;
    while (it != m_fields.end() && (order = std::strcmp(it->key, key)) < 0)
        ++it;
    if (it != m_fields.end() && order == 0) {
        it->text = QString();
        return *it;
    }
    Field field;
    field.key = key;
    return *m_fields.insert(it, std::move(field));
}

void NsDoc::set(const char *key, qint64 value)
{
    Field &f = slot(key);
    f.type = Type::Integer;
    f.integer = value;
}

void NsDoc::set(const char *key, double value)
{
    Field &f = slot(key);
    f.type = Type::Double;
    f.number = value;
}

void NsDoc::set(const char *key, const QString &value)
{
    Field &f = slot(key);
    f.type = Type::String;
    f.text = value;
}

void NsDoc::set(const char *key, const QJsonObject &value)
{
    Field &f = slot(key);
    f.type = Type::Object;
    f.objectIndex = qsizetype(m_objects.size());
    m_objects.push_back(value);
}

void NsDoc::setNull(const char *key)
{
    slot(key).type = Type::Null;
}

QJsonValue NsDoc::valueOf(const Field &field) const
{
    switch (field.type) {
    case Type::Integer:
        return QJsonValue(field.integer);
    case Type::Double:
        return QJsonValue(field.number);
    case Type::String:
        return QJsonValue(field.text);
    case Type::Object:
        return QJsonValue(m_objects[size_t(field.objectIndex)]);
    case Type::Null:
        break;
    }
    return QJsonValue(QJsonValue::Null);
}

QJsonObject NsDoc::toJsonObject() const
{
    QJsonObject doc;
    for (const Field &f : m_fields)
        doc.insert(QLatin1String(f.key), valueOf(f));
    return doc;
}

QJsonObject NsDoc::toJsonObject(std::vector<Shape> &shapes) const
{
    const auto sameKeys = [this](const Shape &shape) {
        if (shape.keys.size() != m_fields.size())
            return false;
        for (size_t i = 0; i < m_fields.size(); ++i) {
            if (shape.keys[i] != m_fields[i].key)
                return false;
        }
        return true;
    };
    for (const Shape &shape : shapes) {
        if (!sameKeys(shape))
            continue;
        // The prototype's keys are these keys in the same (Qt's) order: walk both together.
        QJsonObject doc = shape.prototype;
        auto it = doc.begin();
        for (const Field &f : m_fields) {
            it.value() = valueOf(f);
            ++it;
        }
        return doc;
    }
    Shape shape;
    for (const Field &f : m_fields)
        shape.keys.push_back(f.key);
    shape.prototype = toJsonObject();
    shapes.push_back(shape);
    return shape.prototype;
}

void NsDoc::appendJson(QByteArray &out) const
{
    out += '{';
    bool first = true;
    for (const Field &f : m_fields) {
        if (!first)
            out += ',';
        first = false;
        out += '"';
        out.append(f.key, qsizetype(std::strlen(f.key)));
        out += "\":";
        switch (f.type) {
        case Type::Integer:
            appendJsonInteger(out, f.integer);
            break;
        case Type::Double:
            appendJsonDouble(out, f.number);
            break;
        case Type::String:
            appendJsonString(out, f.text);
            break;
        case Type::Object:
            out += QJsonDocument(m_objects[size_t(f.objectIndex)]).toJson(QJsonDocument::Compact);
            break;
        case Type::Null:
            out += "null";
            break;
        }
    }
    out += '}';
}

} // namespace nb::tandem::detail
