#pragma once

#include <QLoggingCategory>

// odwh.sandbox: start-up, data, control; odwh.sandbox.http: one line per API request;
// odwh.sandbox.simulator: simulated deliveries. Never log a whole key: at most its
// 12-character display prefix.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
Q_DECLARE_LOGGING_CATEGORY(lcSandboxHttp)
Q_DECLARE_LOGGING_CATEGORY(lcSandboxSim)
