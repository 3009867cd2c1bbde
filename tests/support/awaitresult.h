#pragma once

#include "apiresult.h"

#include <QString>
#include <QTest>
#include <optional>

// Test helper: runs `start`, handing it a callback that takes an ApiResult<T>, and waits
// (spinning the event loop) up to `timeoutMs` for the answer. A call that does not answer
// in time yields an OtherStatus error "test: no answer in time".
template <typename T, typename Start>
ApiResult<T> await(Start start, int timeoutMs = 20000)
{
    std::optional<ApiResult<T>> result;
    start([&](const ApiResult<T> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs)) {
        ApiResult<T> timedOut;
        timedOut.error.kind = ApiError::Kind::OtherStatus;
        timedOut.error.technical = QStringLiteral("test: no answer in time");
        return timedOut;
    }
    return *result;
}
