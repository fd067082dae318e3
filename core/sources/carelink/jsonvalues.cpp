#include "jsonvalues.h"

#include <cmath>
#include <limits>

namespace nb::carelink::json {

std::optional<double> number(const QJsonValue &value)
{
    double d = 0;
    if (value.isDouble()) {
        d = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        d = value.toString().trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!std::isfinite(d))
        return std::nullopt;
    return d;
}

std::optional<int> integer(const QJsonValue &value)
{
    const std::optional<double> d = number(value);
    if (!d || *d > double(std::numeric_limits<int>::max()) || *d < double(std::numeric_limits<int>::min()))
        return std::nullopt;
    return int(std::lround(*d));
}

std::optional<qint64> epochMs(const QJsonValue &value)
{
    const std::optional<double> d = number(value);
    // Up to year ~2286 in ms; anything beyond is not a CareLink server time.
    if (!d || *d <= 0 || *d > 1.0e13)
        return std::nullopt;
    return qint64(std::llround(*d));
}

std::optional<bool> boolean(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        const QString s = value.toString().trimmed();
        if (s.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return true;
        if (s.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d);
    }
    return {};
}

} // namespace nb::carelink::json
