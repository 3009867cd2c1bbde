#pragma once

#include "apierror.h"

// The outcome of one API call: a value, or the error that prevented it.
template <typename T>
struct ApiResult
{
    T value{};
    ApiError error;
    bool ok() const { return !error.isError(); }
};

// The value of calls that answer nothing (delete).
struct NoContent
{
};
