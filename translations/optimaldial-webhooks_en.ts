<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <location filename="../app/api/apierror.cpp" line="+237"/>
        <source>The server limits how many changes can be made per minute. Try again in %n second(s).</source>
        <translation>
            <numerusform>The server limits how many changes can be made per minute. Try again in %n second.</numerusform>
            <numerusform>The server limits how many changes can be made per minute. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message numerus="yes">
        <location filename="../ui/bulk/bulkactions.cpp" line="+200"/>
        <source>%n endpoint(s) are still to be changed. If you close now, the changes stop before the next one: what was changed stays changed, the rest is not changed.</source>
        <translation>
            <numerusform>%n endpoint is still to be changed. If you close now, the changes stop before the next one: what was changed stays changed, the rest is not changed.</numerusform>
            <numerusform>%n endpoints are still to be changed. If you close now, the changes stop before the next one: what was changed stays changed, the rest is not changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkReport</name>
    <message numerus="yes">
        <location filename="../app/writes/bulkreport.cpp" line="+13"/>
        <source>Switching on %n endpoint(s)</source>
        <translation>
            <numerusform>Switching on %n endpoint</numerusform>
            <numerusform>Switching on %n endpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Switching off %n endpoint(s)</source>
        <translation>
            <numerusform>Switching off %n endpoint</numerusform>
            <numerusform>Switching off %n endpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Subscribing %n endpoint(s) to “%1”</source>
        <translation>
            <numerusform>Subscribing %n endpoint to “%1”</numerusform>
            <numerusform>Subscribing %n endpoints to “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Unsubscribing %n endpoint(s) from “%1”</source>
        <translation>
            <numerusform>Unsubscribing %n endpoint from “%1”</numerusform>
            <numerusform>Unsubscribing %n endpoints from “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>About %n second left</numerusform>
            <numerusform>About %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>About %n minute left</numerusform>
            <numerusform>About %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Waiting %n s: the server asked us to slow down</source>
        <translation>
            <numerusform>Waiting %n s: the server asked us to slow down</numerusform>
            <numerusform>Waiting %n s: the server asked us to slow down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped (already so)</source>
        <translation>
            <numerusform>%n skipped (already so)</numerusform>
            <numerusform>%n skipped (already so)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped (no event would be left)</source>
        <translation>
            <numerusform>%n skipped (no event would be left)</numerusform>
            <numerusform>%n skipped (no event would be left)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not sent (cancelled)</source>
        <translation>
            <numerusform>%n not sent (cancelled)</numerusform>
            <numerusform>%n not sent (cancelled)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>You cancelled: the changes already made stay made; %n endpoint(s) were not changed.</source>
        <translation>
            <numerusform>You cancelled: the changes already made stay made; %n endpoint was not changed.</numerusform>
            <numerusform>You cancelled: the changes already made stay made; %n endpoints were not changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkResultDialog</name>
    <message numerus="yes">
        <location filename="../ui/bulk/bulkresultdialog.cpp" line="+95"/>
        <source>&amp;Retry %n Failed</source>
        <translation>
            <numerusform>&amp;Retry %n Failed</numerusform>
            <numerusform>&amp;Retry %n Failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeletionReport</name>
    <message numerus="yes">
        <location filename="../app/endpoints/deletionreport.cpp" line="+25"/>
        <location line="+68"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-67"/>
        <source>Delete %n Webhook Endpoints?</source>
        <translation>
            <numerusform>Delete %n Webhook Endpoint?</numerusform>
            <numerusform>Delete %n Webhook Endpoints?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete these %n webhook endpoints?

%1

Their signing secrets and delivery histories are deleted with them. This cannot be undone.</source>
        <translation>
            <numerusform>Delete this %n webhook endpoint?

%1

Its signing secret and its delivery history are deleted with it. This cannot be undone.</numerusform>
            <numerusform>Delete these %n webhook endpoints?

%1

Their signing secrets and delivery histories are deleted with them. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n endpoint(s) deleted.</source>
        <translation>
            <numerusform>%n endpoint deleted.</numerusform>
            <numerusform>%n endpoints deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n endpoint(s) had already been deleted.</source>
        <translation>
            <numerusform>%n endpoint had already been deleted.</numerusform>
            <numerusform>%n endpoints had already been deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n endpoint(s) could not be deleted.</source>
        <translation>
            <numerusform>%n endpoint could not be deleted.</numerusform>
            <numerusform>%n endpoints could not be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n endpoint(s) may or may not have been deleted: refresh to see.</source>
        <translation>
            <numerusform>%n endpoint may or may not have been deleted: refresh to see.</numerusform>
            <numerusform>%n endpoints may or may not have been deleted: refresh to see.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n endpoint(s) were not deleted because you cancelled.</source>
        <translation>
            <numerusform>%n endpoint was not deleted because you cancelled.</numerusform>
            <numerusform>%n endpoints were not deleted because you cancelled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveriesDock</name>
    <message numerus="yes">
        <location filename="../ui/deliveries/deliveriesdock.cpp" line="+119"/>
        <source>%n most recent</source>
        <translation>
            <numerusform>%n most recent</numerusform>
            <numerusform>%n most recent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <source>&amp;Copy delivery ids (%n)</source>
        <translation>
            <numerusform>&amp;Copy delivery id (%n)</numerusform>
            <numerusform>&amp;Copy delivery ids (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+108"/>
        <source>Most recent deliveries: %n.</source>
        <translation>
            <numerusform>Most recent delivery: %n.</numerusform>
            <numerusform>Most recent deliveries: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Matching the filters: %1 of the %n most recent.</source>
        <translation>
            <numerusform>Matching the filters: %1 of the %n most recent.</numerusform>
            <numerusform>Matching the filters: %1 of the %n most recent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow/detailspane.cpp" line="+298"/>
        <source>Recent deliveries (%n most recent)</source>
        <translation>
            <numerusform>Recent deliveries (%n most recent)</numerusform>
            <numerusform>Recent deliveries (%n most recent)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditEndpointDialog</name>
    <message numerus="yes">
        <location filename="../ui/editor/editendpointdialog.cpp" line="+240"/>
        <source>Disabled by the server on %1 after %n failures</source>
        <translation>
            <numerusform>Disabled by the server on %1 after %n failure</numerusform>
            <numerusform>Disabled by the server on %1 after %n failures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndpointActions</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow/endpointactions.cpp" line="+169"/>
        <source>Signing secret copied. The clipboard is cleared in %n second(s) if it still holds it.</source>
        <translation>
            <numerusform>Signing secret copied. The clipboard is cleared in %n second if it still holds it.</numerusform>
            <numerusform>Signing secret copied. The clipboard is cleared in %n seconds if it still holds it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>%n endpoint(s) are still to be deleted. If you close now, deleting stops: what was deleted stays deleted, the rest is kept.</source>
        <translation>
            <numerusform>%n endpoint is still to be deleted. If you close now, deleting stops: what was deleted stays deleted, the rest is kept.</numerusform>
            <numerusform>%n endpoints are still to be deleted. If you close now, deleting stops: what was deleted stays deleted, the rest is kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndpointStatus</name>
    <message numerus="yes">
        <location filename="../app/domain/endpointstatus.cpp" line="+63"/>
        <source>Failing: the last %n delivery attempt(s) failed in a row.</source>
        <translation>
            <numerusform>Failing: the last %n delivery attempt failed in a row.</numerusform>
            <numerusform>Failing: the last %n delivery attempts failed in a row.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The server switches the endpoint off after %n consecutive failures.</source>
        <translation>
            <numerusform>The server switches the endpoint off after %n consecutive failure.</numerusform>
            <numerusform>The server switches the endpoint off after %n consecutive failures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Disabled by the server on %1 after %n consecutive failed deliveries. Events are not delivered until someone switches it on again.</source>
        <translation>
            <numerusform>Disabled by the server on %1 after %n consecutive failed delivery. Events are not delivered until someone switches it on again.</numerusform>
            <numerusform>Disabled by the server on %1 after %n consecutive failed deliveries. Events are not delivered until someone switches it on again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FailureSummaryView</name>
    <message numerus="yes">
        <location filename="../ui/deliveries/failuresummaryview.cpp" line="+87"/>
        <source>Deliveries that failed since the last success. Their attempts: %n, every one failed.</source>
        <translation>
            <numerusform>Deliveries that failed since the last success. Their attempts: %n, it failed.</numerusform>
            <numerusform>Deliveries that failed since the last success. Their attempts: %n, every one failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+374"/>
        <source>Endpoints exported to %1 (rows: %n)</source>
        <translation>
            <numerusform>Endpoints exported to %1 (rows: %n)</numerusform>
            <numerusform>Endpoints exported to %1 (rows: %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Deliveries exported to %1 (rows: %n)</source>
        <translation>
            <numerusform>Deliveries exported to %1 (rows: %n)</numerusform>
            <numerusform>Deliveries exported to %1 (rows: %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+297"/>
        <source>%Ln endpoint(s)</source>
        <extracomment>Status bar summary items: each is one count, shown side by side with &quot; · &quot; between them</extracomment>
        <translation>
            <numerusform>%Ln endpoint</numerusform>
            <numerusform>%Ln endpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln failing</source>
        <translation>
            <numerusform>%Ln failing</numerusform>
            <numerusform>%Ln failing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln disabled</source>
        <translation>
            <numerusform>%Ln disabled</numerusform>
            <numerusform>%Ln disabled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln inactive</source>
        <translation>
            <numerusform>%Ln inactive</numerusform>
            <numerusform>%Ln inactive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln shown</source>
        <extracomment>Status bar: how many endpoints the search and filters leave visible</extracomment>
        <translation>
            <numerusform>%Ln shown</numerusform>
            <numerusform>%Ln shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>next try in %n second(s)</source>
        <translation>
            <numerusform>next try in %n second</numerusform>
            <numerusform>next try in %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>refreshed %n min ago</source>
        <translation>
            <numerusform>refreshed %n min ago</numerusform>
            <numerusform>refreshed %n min ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message numerus="yes">
        <location filename="../ui/settings/preferencesdialog.cpp" line="+113"/>
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every %n minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Every %n second(s)</source>
        <translation>
            <numerusform>Every %n second</numerusform>
            <numerusform>Every %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reactivation</name>
    <message numerus="yes">
        <location filename="../app/endpoints/reactivation.cpp" line="+9"/>
        <source>OptimalDial switched this endpoint off on %1 after %n consecutive failed deliveries.</source>
        <translation>
            <numerusform>OptimalDial switched this endpoint off on %1 after %n consecutive failed delivery.</numerusform>
            <numerusform>OptimalDial switched this endpoint off on %1 after %n consecutive failed deliveries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>The server switched this endpoint off on %1 after %n failed deliveries in a row. Tick Active to re-activate it.</source>
        <translation>
            <numerusform>The server switched this endpoint off on %1 after %n failed delivery in a row. Tick Active to re-activate it.</numerusform>
            <numerusform>The server switched this endpoint off on %1 after %n failed deliveries in a row. Tick Active to re-activate it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message numerus="yes">
        <location filename="../app/domain/relativetime.cpp" line="+19"/>
        <source>%n min ago</source>
        <extracomment>Relative time, minutes; keep it short, it is a table cell</extracomment>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n h ago</source>
        <extracomment>Relative time, hours; keep it short, it is a table cell</extracomment>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignatureCheck</name>
    <message numerus="yes">
        <location filename="../app/domain/signaturecheck.cpp" line="+69"/>
        <source>v1 value %1 is not %2 hexadecimal characters (it has %n).</source>
        <translation>
            <numerusform>v1 value %1 is not %2 hexadecimal characters (it has %n).</numerusform>
            <numerusform>v1 value %1 is not %2 hexadecimal characters (it has %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>There are %n timestamps (“t=”); there must be one.</source>
        <translation>
            <numerusform>There is %n timestamp (“t=”); there must be one.</numerusform>
            <numerusform>There are %n timestamps (“t=”); there must be one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Timestamp outside the %n-minute window: signed %1.</source>
        <translation>
            <numerusform>Timestamp outside the %n-minute window: signed %1.</numerusform>
            <numerusform>Timestamp outside the %n-minute window: signed %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>No matching v1 signature: none of the %n v1 values is the HMAC-SHA256 of this timestamp and body with this secret.</source>
        <translation>
            <numerusform>No matching v1 signature: the %n v1 value is not the HMAC-SHA256 of this timestamp and body with this secret.</numerusform>
            <numerusform>No matching v1 signature: none of the %n v1 values is the HMAC-SHA256 of this timestamp and body with this secret.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SigningSecretDialog</name>
    <message numerus="yes">
        <location filename="../ui/editor/signingsecretdialog.cpp" line="+48"/>
        <source>Copy the secret; the clipboard is cleared after %n second(s) if it still holds it</source>
        <translation>
            <numerusform>Copy the secret; the clipboard is cleared after %n second if it still holds it</numerusform>
            <numerusform>Copy the secret; the clipboard is cleared after %n seconds if it still holds it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>Copied. The clipboard is cleared in %n second(s) if it still holds the secret.</source>
        <translation>
            <numerusform>Copied. The clipboard is cleared in %n second if it still holds the secret.</numerusform>
            <numerusform>Copied. The clipboard is cleared in %n seconds if it still holds the secret.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <location filename="../ui/tray/trayicon.cpp" line="+71"/>
        <source>%n endpoint(s) failing</source>
        <translation>
            <numerusform>%n endpoint failing</numerusform>
            <numerusform>%n endpoints failing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n endpoint(s) disabled by the server</source>
        <translation>
            <numerusform>%n endpoint disabled by the server</numerusform>
            <numerusform>%n endpoints disabled by the server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchSummary</name>
    <message numerus="yes">
        <location filename="../app/watch/watchsummary.cpp" line="+31"/>
        <source>%n endpoint(s) changed state</source>
        <translation>
            <numerusform>%n endpoint changed state</numerusform>
            <numerusform>%n endpoints changed state</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n endpoint(s) recovered</source>
        <translation>
            <numerusform>%n endpoint recovered</numerusform>
            <numerusform>%n endpoints recovered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1 has failed %n time(s) in a row; the server disables it at %2.</source>
        <extracomment>%n failures now; %1 the URL; %2 the number at which the server disables it</extracomment>
        <translation>
            <numerusform>%1 has failed %n time in a row; the server disables it at %2.</numerusform>
            <numerusform>%1 has failed %n times in a row; the server disables it at %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Deliveries to %1 are failing (%n in a row).</source>
        <translation>
            <numerusform>Deliveries to %1 are failing (%n in a row).</numerusform>
            <numerusform>Deliveries to %1 are failing (%n in a row).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Disabled by the server: %n</source>
        <translation>
            <numerusform>Disabled by the server: %n</numerusform>
            <numerusform>Disabled by the server: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>At %1 or more failures in a row: %n</source>
        <extracomment>%n endpoints; %1 the user&apos;s failure threshold</extracomment>
        <translation>
            <numerusform>At %1 or more failures in a row: %n</numerusform>
            <numerusform>At %1 or more failures in a row: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Started failing: %n</source>
        <translation>
            <numerusform>Started failing: %n</numerusform>
            <numerusform>Started failing: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Recovered: %n</source>
        <translation>
            <numerusform>Recovered: %n</numerusform>
            <numerusform>Recovered: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1: %n failure(s) in a row</source>
        <translation>
            <numerusform>%1: %n failure in a row</numerusform>
            <numerusform>%1: %n failures in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: failing (%n in a row)</source>
        <translation>
            <numerusform>%1: failing (%n in a row)</numerusform>
            <numerusform>%1: failing (%n in a row)</numerusform>
        </translation>
    </message>
</context>
</TS>
