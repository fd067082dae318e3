#include "devicemodel.h"

namespace nb::carelink {

namespace {

bool has(const QString &family, const char *part)
{
    return family.contains(QLatin1String(part));
}

// Pump model numbers seen in captures (spec carelink.md 4.x): MMT-1880 on a 770G, MMT-1884 and MMT-1886
// on 780Gs. Others of the same families exist; the family decides what a device is, the number only
// names it.
QString pumpName(const QString &model)
{
    const QString m = model.trimmed().toUpper();
    if (m == QLatin1String("MMT-1880"))
        return QStringLiteral("MiniMed 770G");
    if (m == QLatin1String("MMT-1884") || m == QLatin1String("MMT-1886"))
        return QStringLiteral("MiniMed 780G");
    return {};
}

} // namespace

QString DeviceModels::normaliseFamily(const QString &family)
{
    QString f = family.trimmed().toUpper();
    f.replace(QLatin1Char(' '), QLatin1Char('_'));
    f.replace(QLatin1Char('-'), QLatin1Char('_'));
    return isPlaceholder(f) ? QString() : f;
}

bool DeviceModels::isPlaceholder(const QString &value)
{
    const QString v = value.trimmed().toUpper();
    return v.isEmpty() || v == QLatin1String("NO_SENSOR") || v == QLatin1String("NO SENSOR") ||
           v == QLatin1String("NONE") || v == QLatin1String("NA") || v == QLatin1String("N/A") ||
           v == QLatin1String("UNKNOWN") || v == QLatin1String("NULL");
}

DeviceModel DeviceModels::identify(const QString &family, const QString &pumpModel)
{
    DeviceModel d;
    d.family = normaliseFamily(family);
    const QString f = d.family;
    const QString named = pumpName(pumpModel);
    // Sensors first: a family like "SIMPLERA_BLE" is a sensor that talks Bluetooth, not a pump.
    if (has(f, "SIMPLERA")) {
        d.known = d.sensorOnly = true;
        d.name = has(f, "SYNC") ? QStringLiteral("Simplera Sync") : QStringLiteral("Simplera");
    } else if (has(f, "GUARDIAN")) {
        d.known = d.sensorOnly = true;
        d.name = QStringLiteral("Guardian Connect");
    } else if (has(f, "INSTINCT")) {
        d.known = d.sensorOnly = true;
        d.name = QStringLiteral("Instinct");
    } else if (f == QLatin1String("CGM")) {
        d.known = d.sensorOnly = true;
        d.name = QStringLiteral("standalone sensor");
    } else if (f == QLatin1String("CC") || has(f, "MINIMED_GO") || has(f, "INPEN")) {
        // MiniMed Go / InPen (a smart pen, no pump fields), with a Simplera sensor.
        d.known = d.sensorOnly = true;
        d.name = QStringLiteral("MiniMed Go");
    } else if (has(f, "FLEX")) {
        d.known = d.pumpFamily = true;
        d.name = QStringLiteral("MiniMed Flex");
    } else if (f == QLatin1String("NGP") || has(f, "BLE") || has(f, "780G") || has(f, "770G")) {
        // NGP is the 7xxG platform; the patient list says "…BLE…" for the same pumps.
        d.known = d.pumpFamily = true;
        d.name = !named.isEmpty() ? named
                 : has(f, "770G") ? QStringLiteral("MiniMed 770G")
                 : has(f, "780G") ? QStringLiteral("MiniMed 780G")
                                  : QStringLiteral("MiniMed 7xxG");
    } else if (f == QLatin1String("PARADIGM")) {
        d.known = d.pumpFamily = true;
        d.name = QStringLiteral("Paradigm");
    } else if (f.isEmpty() && !named.isEmpty()) {
        d.known = d.pumpFamily = true;
        d.name = named;
    } else if (f.isEmpty()) {
        d.known = true; // nothing said: the 2015 MiniMed Connect era often omits it; the data decides
    }
    return d;
}

} // namespace nb::carelink
