#pragma once

#include <QString>

// How many writes (POST, PATCH, DELETE) a minute the server takes per API key: 60 by
// default, the API's documented limit; an organization with another limit sets it in
// QSettings under `writes/perMinute` (1..6000; anything else is the default).
class WriteLimit
{
public:
    static constexpr int Default = 60;
    static constexpr int Min = 1;
    static constexpr int Max = 6000;

    static QString settingsKey();
    static bool isValid(int perMinute) { return perMinute >= Min && perMinute <= Max; }
    // The setting, or Default when it is missing or not a whole number in Min..Max.
    static int perMinute();
    static void setPerMinute(int perMinute);
};
