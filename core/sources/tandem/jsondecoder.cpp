#include "jsondecoder.h"

#include "tandemerrors.h"
#include "tandemtime.h"

#include <QHash>
#include <QJsonDocument>

#include <cmath>

namespace nb::tandem {

namespace {

// Normalised property name -> Field, for the whole catalogue (field names are unique).
const QHash<QString, int> &fieldByKey()
{
    static const QHash<QString, int> map = [] {
        QHash<QString, int> m;
        for (int i = 0; i < kFieldCount; ++i)
            m.insert(normalizedFieldKey(QString::fromLatin1(fieldName(Field(i)))), i);
        return m;
    }();
    return map;
}

class Decoder {
public:
    Result<DecodedLog> run(const QJsonArray &events, const QJsonArray &clockChanges, const QString &eventsPath)
    {
        DecodedLog log;
        log.events.reserve(events.size());
        QString assignment;
        bool mixedAssignment = false;
        auto decodeList = [&](const QJsonArray &array, const QString &path, QList<PumpEvent> *out) -> bool {
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString where = path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
                if (!array.at(i).isObject()) {
                    m_error = TandemErrors::malformed(where, QStringLiteral("not an object"));
                    return false;
                }
                const QJsonObject obj = array.at(i).toObject();
                PumpEvent e;
                if (!decodeEvent(obj, where, &e))
                    return false;
                const QString id = obj.value(QLatin1String("deviceAssignmentId")).toString();
                if (!id.isEmpty()) {
                    if (assignment.isEmpty())
                        assignment = id;
                    else if (assignment != id)
                        mixedAssignment = true;
                }
                if (!e.def)
                    ++log.unknownCodes[e.code];
                out->append(e);
            }
            return true;
        };
        if (!decodeList(events, eventsPath, &log.events) ||
            !decodeList(clockChanges, QStringLiteral("clockChanges"), &log.clockChanges))
            return *m_error;
        if (!mixedAssignment)
            log.deviceAssignmentId = assignment;
        return log;
    }

private:
    bool fail(const QString &where, const QString &what)
    {
        m_error = TandemErrors::malformed(where, what);
        return false;
    }

    static bool unsignedInt(const QJsonValue &v, qint64 max, qint64 *out)
    {
        if (!v.isDouble())
            return false;
        const double d = v.toDouble();
        if (!std::isfinite(d) || d < 0 || d > double(max) || d != std::floor(d))
            return false;
        *out = qint64(d);
        return true;
    }

    bool decodeEvent(const QJsonObject &obj, const QString &where, PumpEvent *e)
    {
        qint64 code = 0, group = 0, seq = 0;
        const QJsonValue codeValue = obj.value(QLatin1String("eventCode"));
        if (!unsignedInt(codeValue, 0xFFFF, &code))
            return fail(where + QStringLiteral(".eventCode"),
                        codeValue.isUndefined() ? QStringLiteral("missing") : QStringLiteral("not an event number"));
        const QJsonValue groupValue = obj.value(QLatin1String("sequenceGroup"));
        if (!groupValue.isUndefined() && !groupValue.isNull() && !unsignedInt(groupValue, 0xFFFFFFFFLL, &group))
            return fail(where + QStringLiteral(".sequenceGroup"), QStringLiteral("not a non-negative integer"));
        const QJsonValue seqValue = obj.value(QLatin1String("sequenceNumber"));
        if (!unsignedInt(seqValue, 0xFFFFFFFFLL, &seq))
            return fail(where + QStringLiteral(".sequenceNumber"), seqValue.isUndefined()
                                                                       ? QStringLiteral("missing")
                                                                       : QStringLiteral("not a non-negative integer"));
        const QJsonValue timeValue = obj.value(QLatin1String("pumpDateTime"));
        if (!timeValue.isString())
            return fail(where + QStringLiteral(".pumpDateTime"),
                        timeValue.isUndefined() ? QStringLiteral("missing") : QStringLiteral("not a string"));
        if (!parseWallDateTime(timeValue.toString(), &e->wall))
            return fail(where + QStringLiteral(".pumpDateTime"),
                        QStringLiteral("\"%1\" is not a date and time").arg(timeValue.toString().left(40)));
        e->code = int(code);
        e->sequenceGroup = quint32(group);
        e->sequenceNumber = quint32(seq);
        e->def = eventDefinition(e->code);
        e->present = 0;
        const QJsonValue propsValue = obj.value(QLatin1String("eventProperties"));
        if (propsValue.isUndefined() || propsValue.isNull())
            return true;
        if (!propsValue.isObject())
            return fail(where + QStringLiteral(".eventProperties"), QStringLiteral("not an object"));
        if (!e->def)
            return true; // unknown event: header only
        const QJsonObject props = propsValue.toObject();
        for (auto it = props.begin(); it != props.end(); ++it) {
            const int slot = slotFor(*e->def, it.key());
            if (slot < 0)
                continue; // reserved/spare keys and fields we do not know are ignored
            double v = 0;
            if (!propertyValue(it.value(), e->def->fields[size_t(slot)], &v)) {
                return fail(where + QStringLiteral(".eventProperties.") + it.key(),
                            QStringLiteral("unexpected value type"));
            }
            if (std::isnan(v))
                continue; // null
            e->values[size_t(slot)] = v;
            e->present |= quint16(1u << slot);
        }
        return true;
    }

    int slotFor(const EventDef &def, const QString &key)
    {
        auto cached = m_keyCache.constFind(key);
        int field = -1;
        if (cached != m_keyCache.cend()) {
            field = cached.value();
        } else {
            field = fieldByKey().value(normalizedFieldKey(key), -1);
            m_keyCache.insert(key, field);
        }
        return field < 0 ? -1 : def.slot(Field(field));
    }

    static bool propertyValue(const QJsonValue &v, const FieldDef &f, double *out)
    {
        switch (v.type()) {
        case QJsonValue::Null:
            *out = std::nan("");
            return true;
        case QJsonValue::Bool:
            *out = v.toBool() ? 1 : 0;
            return true;
        case QJsonValue::Double:
            *out = v.toDouble();
            return std::isfinite(*out);
        case QJsonValue::String: {
            bool ok = false;
            *out = v.toString().toDouble(&ok);
            return ok && std::isfinite(*out);
        }
        case QJsonValue::Array: {
            if (!f.bitmask)
                return false;
            quint64 mask = 0;
            for (const QJsonValue &bit : v.toArray()) {
                const double b = bit.toDouble(-1);
                if (!bit.isDouble() || b < 0 || b > 63 || b != std::floor(b))
                    return false;
                mask |= quint64(1) << int(b);
            }
            *out = double(mask);
            return true;
        }
        default:
            return false;
        }
    }

    QHash<QString, int> m_keyCache;
    std::optional<SyncError> m_error;
};

} // namespace

Result<DecodedLog> JsonDecoder::decodePumpLogs(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (doc.isNull()) {
        return TandemErrors::malformed(QStringLiteral("byte %1").arg(error.offset),
                                       QStringLiteral("not JSON (%1)").arg(error.errorString()), body);
    }
    if (doc.isArray())
        return decodeEventArray(doc.array(), QStringLiteral("events"));
    return decodePumpLogs(doc.object());
}

Result<DecodedLog> JsonDecoder::decodePumpLogs(const QJsonObject &body)
{
    const QJsonValue events = body.value(QLatin1String("events"));
    if (!events.isArray())
        return TandemErrors::malformed(QStringLiteral("events"), events.isUndefined() ? QStringLiteral("missing")
                                                                                      : QStringLiteral("not an array"));
    const QJsonValue clock = body.value(QLatin1String("clockChanges"));
    if (!clock.isUndefined() && !clock.isNull() && !clock.isArray())
        return TandemErrors::malformed(QStringLiteral("clockChanges"), QStringLiteral("not an array"));
    Decoder decoder;
    return decoder.run(events.toArray(), clock.toArray(), QStringLiteral("events"));
}

Result<DecodedLog> JsonDecoder::decodeEventArray(const QJsonArray &events, const QString &path)
{
    Decoder decoder;
    return decoder.run(events, {}, path);
}

QJsonObject JsonDecoder::encodeEvent(const PumpEvent &event, const QString &deviceAssignmentId)
{
    QJsonObject props;
    if (event.def) {
        for (int i = 0; i < event.def->fieldCount; ++i) {
            if (!(event.present & (1u << i)))
                continue;
            const FieldDef &f = event.def->fields[size_t(i)];
            const double v = event.values[size_t(i)];
            const QString name = QString::fromLatin1(fieldName(f.field));
            if (f.bitmask) {
                QJsonArray bits;
                const quint64 mask = quint64(v);
                for (int b = 0; b < 64; ++b) {
                    if (mask & (quint64(1) << b))
                        bits.append(b);
                }
                props.insert(name, bits);
            } else if (f.type == FieldType::F32) {
                props.insert(name, v);
            } else {
                props.insert(name, qint64(v));
            }
        }
    }
    const QString time = formatWall(event.wall);
    return QJsonObject{{QStringLiteral("deviceAssignmentId"), deviceAssignmentId},
                       {QStringLiteral("eventCode"), event.code},
                       {QStringLiteral("sequenceGroup"), qint64(event.sequenceGroup)},
                       {QStringLiteral("sequenceNumber"), qint64(event.sequenceNumber)},
                       {QStringLiteral("pumpDateTime"), time},
                       {QStringLiteral("eventProperties"), props},
                       {QStringLiteral("estimatedDateTime"), QString(time + QLatin1Char('Z'))}};
}

QJsonObject JsonDecoder::encodePumpLogs(const QList<PumpEvent> &events, const QList<PumpEvent> &clockChanges,
                                        const QString &deviceAssignmentId)
{
    QJsonArray e, c;
    for (const PumpEvent &event : events)
        e.append(encodeEvent(event, deviceAssignmentId));
    for (const PumpEvent &event : clockChanges)
        c.append(encodeEvent(event, deviceAssignmentId));
    return QJsonObject{{QStringLiteral("events"), e}, {QStringLiteral("clockChanges"), c}};
}

} // namespace nb::tandem
