#pragma once

#include "net/retrypolicy.h"
#include "nscredentials.h"

#include <QUrl>

#include <chrono>

namespace nb::ns {

// Everything the Nightscout client needs to know. Built by the composition root from settings (or
// CLI flags / environment); plain data so tests can fill it directly.
struct NsClientConfig {
    QUrl baseUrl; // NsUrl::normalize() output
    NsCredentials credentials;

    int batchSize = 500; // entries / treatments per POST (halved on 413)
    // devicestatus / profile bodies stay under this; the server's limit is 1 MB (1,048,576 bytes).
    qint64 maxSmallBodyBytes = 1000 * 1000;
    // Before posting entries/treatments, read what the site already has in the batch's time range and
    // leave out ours where another uploader's document holds the same key (we never overwrite theirs).
    bool guardForeignDocuments = true;
    // The latest devicestatus (per device) and profile we wrote are remembered for this long instead of
    // being read back before every upload; after it (and after any failed or ambiguous post) they are
    // read from the site again. 0: always read.
    int referenceCacheSeconds = 3600;
    // Documents come from a file (`nightscout upload`), not from our transforms: they need not carry our
    // tag (NsDocuments::prepareImported gave each a stable identifier), and every devicestatus/profile is
    // looked up on the site before it is posted, as "the latest one we wrote" says nothing about them.
    bool importMode = false;

    // Retries of idempotent requests (reads; entries/treatments upserts). devicestatus/profile POSTs
    // and authentication are never retried blindly.
    RetryPolicy retry = RetryPolicy(RetryPolicy::Params{3, std::chrono::milliseconds(1000),
                                                        std::chrono::milliseconds(30000), std::chrono::seconds(120)});
    std::chrono::milliseconds inactivityTimeout{30000};
    std::chrono::milliseconds deadline{120000};
};

} // namespace nb::ns
