#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace nb::setup {

// What a Nightbridge feature writes, in vendor-neutral terms, so a conflict found in Nightscout can be
// matched to the features of either vendor (FeatureCatalog names each feature's area).
enum class ConflictArea {
    Glucose,      // sgv entries
    Boluses,      // boluses and carbs
    Basal,        // temp basals
    Profiles,     // profile documents (and Profile Switch treatments)
    DeviceStatus, // pump battery, reservoir, IOB
    PumpEvents,   // site / cartridge / battery changes, suspend and resume, sensor sessions
};

// One uploader (or the person entering treatments by hand) already writing what a feature would write.
struct Conflict {
    ConflictArea area = ConflictArea::Glucose;
    QString uploader;    // as the documents name it (enteredBy / device); empty when unknown
    bool byHand = false; // careportal entries, or a profile made in Nightscout's editor
    int count = 0;       // documents seen in the window looked at
    QDateTime newest;    // UTC
    QString message;     // translated, says what would go wrong and what to do
};

// Pure reading of recent Nightscout documents: which of them come from someone other than Nightbridge,
// and what that means for the features a user is about to switch on. No I/O (ConflictCheck fetches).
class ConflictAnalysis {
    Q_DECLARE_TR_FUNCTIONS(nb::setup::ConflictAnalysis)
public:
    struct Input {
        QList<QJsonObject> entries;
        QList<QJsonObject> treatments;
        QList<QJsonObject> deviceStatus;
        QList<QJsonObject> profiles;
    };

    // Conflicts ordered by area, then by the number of documents (most first).
    static QList<Conflict> analyse(const Input &input);

    // enteredBy/device values that name an app or uploader rather than a person typing in the careportal
    // ("Pump (tconnectsync)", "openaps://...", "xdrip", "loop://iPhone", "connect-ngp", ...).
    static bool isKnownUploader(const QString &name);

    static QString areaName(ConflictArea area); // translated, e.g. "glucose readings"

private:
    static QString messageFor(const Conflict &conflict);
};

} // namespace nb::setup
