#pragma once

#include <QLoggingCategory>

// One category per area. Never log a key, a secret or an Authorization header:
// the key's display prefix (ApiKey::displayPrefix) at most.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
Q_DECLARE_LOGGING_CATEGORY(lcCodec)
