#include "sandboxlog.h"

Q_LOGGING_CATEGORY(lcSandbox, "odwh.sandbox")
Q_LOGGING_CATEGORY(lcSandboxHttp, "odwh.sandbox.http")
Q_LOGGING_CATEGORY(lcSandboxSim, "odwh.sandbox.simulator")
