#pragma once

#include "common/result.h"
#include "transformcontext.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace nb::tandem {

// PROFILES: the pump's personal profiles (the pumper response's `settings.details`, or the legacy
// `lastUpload.settings`) as one Nightscout profile document, and the decision what to do with it.
class ProfileMapper {
public:
    struct Options {
        double carbsHr = 20; // Nightscout carb absorption (g/h); the pump has none
        double delay = 20;   // minutes
    };

    // The document (no created_at/_id; planUpload() adds them). Profiles whose segments are all zero
    // are left out. Targets come from each segment's target BG (the pump's correction target).
    static Result<QJsonObject> profileDocument(const QJsonObject &settingsDetails, const TransformContext &context,
                                               const Options &options);
    static Result<QJsonObject> profileDocument(const QJsonObject &settingsDetails, const TransformContext &context)
    {
        return profileDocument(settingsDetails, context, Options());
    }

    enum class Mode { Add, Replace };
    enum class Action { Nothing, Post, Put };
    struct Plan {
        Action action = Action::Nothing;
        QJsonObject document; // to POST (no _id) or PUT (with the _id of our previous document)
        QString why;          // English, for the log
    };
    // ourLatest: the newest profile document in Nightscout that Nightbridge wrote (enteredBy), if any.
    // Only ever our own documents are replaced; when our latest already says the same, nothing is sent
    // even if another uploader's profile is newer (no fight with Loop & co., tconnectsync #107).
    static Plan planUpload(const QJsonObject &ours, const std::optional<QJsonObject> &ourLatest, Mode mode,
                           const QDateTime &nowUtc);

    // Same store and default profile, comparing numbers and numeric strings by value.
    static bool sameProfiles(const QJsonObject &a, const QJsonObject &b);
};

} // namespace nb::tandem
