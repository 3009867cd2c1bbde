#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// A date-time as the editing of an endpoint shows it: local time, the user's locale,
// short date and time ("never" when there is none).
class LocalDateTime
{
    Q_DECLARE_TR_FUNCTIONS(LocalDateTime)

public:
    static QString text(const QDateTime &time);
};
