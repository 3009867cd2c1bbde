#include "appinfo.h"

#include "appinfo_config.h"

#include <QSysInfo>
#include <QtGlobal>

namespace AppInfo {

QString name() { return QStringLiteral(ODWH_APP_NAME); }
QString id() { return QStringLiteral(ODWH_APP_ID); }
QString version() { return QStringLiteral(ODWH_VERSION); }
QString organizationDomain() { return QStringLiteral("optimaldial.com"); }
QString homepage() { return QStringLiteral(ODWH_HOMEPAGE); }
QString keychainVersion() { return QStringLiteral(ODWH_QTKEYCHAIN_VERSION); }

QByteArray userAgent()
{
    return QByteArray("OptimalDial-Webhooks-Desktop/") + QByteArray(ODWH_VERSION) + " (Qt "
        + QByteArray(qVersion()) + "; " + QSysInfo::kernelType().toLatin1() + ")";
}

} // namespace AppInfo
