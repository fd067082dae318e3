#pragma once

#include "model/nsbatch.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace nb {

// How a Nightscout document is shown in the wizards' sample tables: its time and a short description.
class DocumentSummary {
    Q_DECLARE_TR_FUNCTIONS(nb::DocumentSummary)
public:
    static QString kindName(NsCollection collection); // translated: "Glucose readings", "Treatments", ...
    static QDateTime time(const QJsonObject &document);
    static QString describe(NsCollection collection, const QJsonObject &document);
};

} // namespace nb
