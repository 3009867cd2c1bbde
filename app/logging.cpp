#include "logging.h"

Q_LOGGING_CATEGORY(lcApi, "odwh.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "odwh.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCodec, "odwh.codec", QtInfoMsg)
