#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace nb {

// The four Nightscout collections we write.
enum class NsCollection { Entries, Treatments, DeviceStatus, Profile };
QString nsCollectionName(NsCollection collection); // "entries", "treatments", "devicestatus", "profile"

// Documents produced by a transform, ready for the outbox / upload. Also the JSON shape of
// `nightbridge-cli convert` output and `nightscout upload` input:
//   {"entries":[], "treatments":[], "devicestatus":[], "profile":[]}
struct NsBatch {
    QList<QJsonObject> entries;
    QList<QJsonObject> treatments;
    QList<QJsonObject> devicestatus;
    QList<QJsonObject> profile;

    QList<QJsonObject> &of(NsCollection collection);
    const QList<QJsonObject> &of(NsCollection collection) const;

    bool isEmpty() const;
    qsizetype size() const;
    void append(const NsBatch &other);

    QJsonObject toJson() const;
    // Missing keys are empty; a key whose value is not an array of objects is an error (returns false).
    static bool fromJson(const QJsonObject &json, NsBatch *out, QString *error);
};

} // namespace nb
