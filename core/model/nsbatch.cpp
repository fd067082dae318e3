#include "nsbatch.h"

namespace nb {

namespace {
constexpr NsCollection kAll[] = {NsCollection::Entries, NsCollection::Treatments, NsCollection::DeviceStatus,
                                 NsCollection::Profile};
}

QString nsCollectionName(NsCollection collection)
{
    switch (collection) {
    case NsCollection::Entries:
        return QStringLiteral("entries");
    case NsCollection::Treatments:
        return QStringLiteral("treatments");
    case NsCollection::DeviceStatus:
        return QStringLiteral("devicestatus");
    case NsCollection::Profile:
        return QStringLiteral("profile");
    }
    return {};
}

QList<QJsonObject> &NsBatch::of(NsCollection collection)
{
    switch (collection) {
    case NsCollection::Entries:
        return entries;
    case NsCollection::Treatments:
        return treatments;
    case NsCollection::DeviceStatus:
        return devicestatus;
    case NsCollection::Profile:
        break;
    }
    return profile;
}

const QList<QJsonObject> &NsBatch::of(NsCollection collection) const
{
    return const_cast<NsBatch *>(this)->of(collection);
}

bool NsBatch::isEmpty() const
{
    return size() == 0;
}

qsizetype NsBatch::size() const
{
    return entries.size() + treatments.size() + devicestatus.size() + profile.size();
}

void NsBatch::append(const NsBatch &other)
{
    for (NsCollection c : kAll)
        of(c) += other.of(c);
}

QJsonObject NsBatch::toJson() const
{
    QJsonObject json;
    for (NsCollection c : kAll) {
        QJsonArray array;
        for (const QJsonObject &doc : of(c))
            array.append(doc);
        json.insert(nsCollectionName(c), array);
    }
    return json;
}

bool NsBatch::fromJson(const QJsonObject &json, NsBatch *out, QString *error)
{
    NsBatch batch;
    for (NsCollection c : kAll) {
        const QString key = nsCollectionName(c);
        const QJsonValue value = json.value(key);
        if (value.isUndefined() || value.isNull())
            continue;
        if (!value.isArray()) {
            if (error)
                *error = QStringLiteral("\"%1\" is not an array").arg(key);
            return false;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject()) {
                if (error)
                    *error = QStringLiteral("\"%1\"[%2] is not an object").arg(key).arg(i);
                return false;
            }
            batch.of(c).append(array.at(i).toObject());
        }
    }
    *out = std::move(batch);
    return true;
}

} // namespace nb
