#pragma once

#include <QString>

// A question that needs a person before a save goes on (re-activation, a conflict).
// Translated; the class that makes it says which buttons answer it.
struct EditQuestion
{
    QString title;
    QString text;
};
