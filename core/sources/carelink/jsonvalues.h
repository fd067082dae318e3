#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

// Lenient readers for CareLink JSON: v11 sends many numbers and booleans as strings ("0.125", "206").
namespace nb::carelink::json {

std::optional<double> number(const QJsonValue &value);  // finite number or numeric string
std::optional<int> integer(const QJsonValue &value);    // rounded number, within int range
std::optional<qint64> epochMs(const QJsonValue &value); // positive integer milliseconds
std::optional<bool> boolean(const QJsonValue &value);   // bool or "true"/"false"
QString text(const QJsonValue &value);                  // string, or an integer number as text

} // namespace nb::carelink::json
