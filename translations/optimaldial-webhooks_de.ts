<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/about/aboutdialog.cpp" line="+18"/>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Application icon</source>
        <translation>Symbol der Anwendung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Administers the webhook endpoints of an organization on the OptimalDial API. API keys are kept in the system keychain, never in a file.</source>
        <translation>Verwaltet die Webhook-Endpunkte einer Organisation in der OptimalDial-API. API-Schlüssel liegen im Schlüsselbund des Systems, nie in einer Datei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version: %1</source>
        <translation>Version: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence: %1</source>
        <translation>Lizenz: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Homepage:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Homepage: %1</source>
        <translation>Website: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qt: %1</source>
        <translation>Qt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QtKeychain:</source>
        <translation>QtKeychain:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QtKeychain: %1</source>
        <translation>QtKeychain: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Proprietary (all rights reserved)</source>
        <extracomment>The app&apos;s licence: no open-source licence, the rights stay with the maker</extracomment>
        <translation>Proprietär (alle Rechte vorbehalten)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (built with %2)</source>
        <extracomment>%1: the Qt version the app runs on; %2: the one it was built with</extracomment>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <location filename="../app/api/apicall.cpp" line="+76"/>
        <source>no complete answer within the time a request may take (%1 s)</source>
        <translation>keine vollständige Antwort in der Zeit, die eine Anfrage dauern darf (%1 s)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the server asked for another kind of sign-in; the app sends only its API key</source>
        <translation>der Server verlangte eine andere Art der Anmeldung; die App sendet nur ihren API-Schlüssel</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the server announced an answer of %1, more than the %2 this request accepts; it was stopped</source>
        <translation>der Server kündigte eine Antwort von %1 an, mehr als die %2, die diese Anfrage annimmt; sie wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the answer was larger than the %1 this request accepts; it was stopped</source>
        <translation>die Antwort war größer als die %1, die diese Anfrage annimmt; sie wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The server redirected the request to “%1” (HTTP %2). It was stopped: the API never redirects, and the API key must not be sent to another address or a change sent twice.</source>
        <translation>Der Server hat die Anfrage nach „%1“ umgeleitet (HTTP %2). Sie wurde abgebrochen: Die API leitet nie um, und der API-Schlüssel darf weder an eine andere Adresse gehen noch eine Änderung zweimal gesendet werden.</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <location filename="../app/api/apiclient.cpp" line="+40"/>
        <source>it describes endpoint “%1”, not the one asked for (“%2”); nothing was taken from it</source>
        <translation>sie beschreibt den Endpunkt „%1“, nicht den angefragten („%2“); nichts davon wurde übernommen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The base URL is not valid; it should look like https://api.optimaldial.com.</source>
        <translation>Die Basis-URL ist ungültig; sie sollte wie https://api.optimaldial.com aussehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL must not contain a user name or password.</source>
        <translation>Die Basis-URL darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL must not contain a query (?) or fragment (#).</source>
        <translation>Die Basis-URL darf keine Abfrage (?) und kein Fragment (#) enthalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out /api/v1 from the base URL: the app adds it (e.g. https://api.optimaldial.com).</source>
        <translation>Lassen Sie /api/v1 in der Basis-URL weg: Die App fügt es selbst an (z. B. https://api.optimaldial.com).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The base URL must use https://: the API key would travel unencrypted over http. Plain http is allowed only to this computer (localhost), for the sandbox.</source>
        <translation>Die Basis-URL muss https:// verwenden: Über http würde der API-Schlüssel unverschlüsselt übertragen. Einfaches http ist nur zu diesem Computer (localhost) erlaubt, für die Sandbox.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The base URL must start with https://.</source>
        <translation>Die Basis-URL muss mit https:// beginnen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The API key is not in the OptimalDial key format, so it was not used: %1</source>
        <translation>Der API-Schlüssel hat nicht das Schlüsselformat von OptimalDial und wurde daher nicht verwendet: %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No server or API key is set up.</source>
        <translation>Es ist kein Server und kein API-Schlüssel eingerichtet.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Nothing was changed, so nothing was sent.</source>
        <translation>Es wurde nichts geändert, daher wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../app/api/apicall.cpp" line="-278"/>
        <source>the connection closed after the request was sent, and it was not sent again; refresh to see whether the change was applied</source>
        <translation>die Verbindung wurde nach dem Senden der Anfrage geschlossen, und sie wurde nicht erneut gesendet; aktualisieren Sie, um zu sehen, ob die Änderung übernommen wurde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server closed the connection without a complete answer</source>
        <translation>der Server hat die Verbindung ohne vollständige Antwort geschlossen</translation>
    </message>
    <message>
        <location filename="../app/api/apierror.cpp" line="+157"/>
        <source>The answer was not JSON (HTTP %1).</source>
        <translation>Die Antwort war kein JSON (HTTP %1).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No error</source>
        <translation>Kein Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot reach the server</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not answer in time</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the request</source>
        <translation>Der Server hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API key was not accepted</source>
        <translation>Der API-Schlüssel wurde nicht akzeptiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many changes in a short time</source>
        <translation>Zu viele Änderungen in kurzer Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server had a problem</source>
        <translation>Problem auf dem Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected answer from the server</source>
        <translation>Unerwartete Antwort vom Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s answer could not be read</source>
        <translation>Die Antwort des Servers war nicht lesbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request stopped for safety</source>
        <translation>Anfrage aus Sicherheitsgründen abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server said: “%1”</source>
        <translation>Der Server meldete: „%1“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s text:</source>
        <translation>Text des Servers:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technical detail: %1</source>
        <translation>Technisches Detail: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not connect to the server. Check the network connection and the base URL. (%1)</source>
        <translation>Keine Verbindung zum Server. Prüfen Sie die Netzwerkverbindung und die Basis-URL. (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure (TLS) connection to the server failed, so nothing was sent. (%1)</source>
        <translation>Die sichere (TLS-)Verbindung zum Server ist fehlgeschlagen, daher wurde nichts gesendet. (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer in time. The change may or may not have been applied; refresh to see.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Die Änderung wurde möglicherweise übernommen; aktualisieren Sie, um es zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the request as invalid (HTTP 400).</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt (HTTP 400).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the request: “%1”</source>
        <translation>Der Server hat die Anfrage abgelehnt: „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API key was refused: it may be mistyped, expired or revoked. Replace the key in the profile.</source>
        <translation>Der API-Schlüssel wurde abgelehnt: Er ist vielleicht falsch eingegeben, abgelaufen oder widerrufen. Ersetzen Sie den Schlüssel im Profil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This endpoint no longer exists, or belongs to another organization.</source>
        <translation>Dieser Endpunkt existiert nicht mehr oder gehört zu einer anderen Organisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server limits how many changes can be made per minute. Try again later.</source>
        <translation>Der Server begrenzt die Zahl der Änderungen pro Minute. Versuchen Sie es später erneut.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The server limits how many changes can be made per minute. Try again in %n second(s).</source>
        <translation>
            <numerusform>Der Server begrenzt die Zahl der Änderungen pro Minute. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Der Server begrenzt die Zahl der Änderungen pro Minute. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server limits how many changes can be made per minute. Try again in a minute.</source>
        <translation>Der Server begrenzt die Zahl der Änderungen pro Minute. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server had a temporary problem (HTTP %1). Try again shortly.</source>
        <translation>Der Server hatte ein vorübergehendes Problem (HTTP %1). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered with an unexpected status (HTTP %1).</source>
        <translation>Der Server antwortete mit einem unerwarteten Status (HTTP %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>Die Antwort des Servers war nicht lesbar: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check the network connection and the base URL. (%1)</source>
        <translation>Prüfen Sie die Netzwerkverbindung und die Basis-URL. (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was sent. (%1)</source>
        <translation>Es wurde nichts gesendet. (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The change may or may not have been applied; refresh to see.</source>
        <translation>Die Änderung wurde möglicherweise übernommen; aktualisieren Sie, um es zu sehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It found the request invalid (HTTP 400).</source>
        <extracomment>After the title &quot;The server refused the request&quot;: the server&apos;s own words, quoted</extracomment>
        <translation>Er hat die Anfrage als ungültig eingestuft (HTTP 400).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace the key in the profile. %1</source>
        <extracomment>%1: what the server said about the key, a sentence of its own</extracomment>
        <translation>Ersetzen Sie den Schlüssel im Profil. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may be mistyped, expired or revoked: replace the key in the profile.</source>
        <translation>Er ist vielleicht falsch eingegeben, abgelaufen oder widerrufen: Ersetzen Sie den Schlüssel im Profil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Such a problem usually passes within minutes (HTTP %1).</source>
        <extracomment>After the title &quot;The server had a problem&quot;; the advice what to do follows elsewhere</extracomment>
        <translation>Ein solches Problem ist meist nach wenigen Minuten behoben (HTTP %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTP %1.</source>
        <translation>HTTP %1.</translation>
    </message>
</context>
<context>
    <name>ApiKey</name>
    <message>
        <location filename="../app/domain/apikey.cpp" line="+21"/>
        <source>Paste the API key.</source>
        <translation>Fügen Sie den API-Schlüssel ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An OptimalDial API key starts with “od_live_”.</source>
        <translation>Ein API-Schlüssel von OptimalDial beginnt mit „od_live_“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key contains a space or line break; copy it again.</source>
        <translation>Der Schlüssel enthält ein Leerzeichen oder einen Zeilenumbruch; kopieren Sie ihn erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key contains a character that an API key cannot have.</source>
        <translation>Der Schlüssel enthält ein Zeichen, das in einem API-Schlüssel nicht vorkommen kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key should have %1 characters after “od_live_”, not %2.</source>
        <translation>Der Schlüssel sollte nach „od_live_“ %1 Zeichen haben, nicht %2.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../ui/shell/appcontroller.cpp" line="+37"/>
        <source>The server refused the API key of “%1”: it may be mistyped, expired or revoked. Enter a new key.</source>
        <translation>Der Server hat den API-Schlüssel von „%1“ abgelehnt: Er ist vielleicht falsch eingegeben, abgelaufen oder widerrufen. Geben Sie einen neuen Schlüssel ein.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot use this profile</source>
        <translation>Profil nicht verwendbar</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+22"/>
        <source>No such profile</source>
        <translation>Profil nicht vorhanden</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>There is no profile named “%1”; opening “%2” instead.</source>
        <translation>Es gibt kein Profil namens „%1“; stattdessen wird „%2“ geöffnet.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There is no profile named “%1”; “%2” stays open.</source>
        <translation>Es gibt kein Profil namens „%1“; „%2“ bleibt geöffnet.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No API key is stored for “%1” yet.</source>
        <translation>Für „%1“ ist noch kein API-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot connect with this profile</source>
        <translation>Verbindung mit diesem Profil nicht möglich</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No key for this profile</source>
        <translation>Kein Schlüssel für dieses Profil</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../ui/bulk/bulkactions.cpp" line="+30"/>
        <source>Switch &amp;On</source>
        <translation>&amp;Einschalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch the selected endpoints on (Ctrl+Shift+E)</source>
        <translation>Die ausgewählten Endpunkte einschalten (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Switch O&amp;ff</source>
        <translation>&amp;Abschalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch the selected endpoints off: they get no deliveries (Ctrl+Shift+D)</source>
        <translation>Die ausgewählten Endpunkte abschalten: Sie erhalten keine Zustellungen (Strg+Umschalt+D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add Event</source>
        <translation>Ereignis &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subscribe the selected endpoints to an event (Ctrl+Shift+A)</source>
        <translation>Ein Ereignis für die ausgewählten Endpunkte abonnieren (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove Event</source>
        <translation>Ereignis en&amp;tfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsubscribe the selected endpoints from an event (Ctrl+Shift+R)</source>
        <translation>Ein Ereignis für die ausgewählten Endpunkte abbestellen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;%1 %2</source>
        <extracomment>A menu item: the number is its keyboard key, then the event&apos;s name</extracomment>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Stop the Changes?</source>
        <translation>Änderungen anhalten?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n endpoint(s) are still to be changed. If you close now, the changes stop before the next one: what was changed stays changed, the rest is not changed.</source>
        <translation>
            <numerusform>%n Endpunkt muss noch geändert werden. Wenn Sie jetzt schließen, enden die Änderungen vor der nächsten: Was geändert wurde, bleibt geändert, der Rest wird nicht geändert.</numerusform>
            <numerusform>%n Endpunkte müssen noch geändert werden. Wenn Sie jetzt schließen, enden die Änderungen vor der nächsten: Was geändert wurde, bleibt geändert, der Rest wird nicht geändert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop and Close</source>
        <translation>Anhalten und schließen</translation>
    </message>
</context>
<context>
    <name>BulkChange</name>
    <message>
        <location filename="../app/writes/bulkchange.cpp" line="+142"/>
        <source>No connection to the server is set up.</source>
        <translation>Es ist keine Verbindung zum Server eingerichtet.</translation>
    </message>
</context>
<context>
    <name>BulkProgress</name>
    <message>
        <location filename="../ui/bulk/bulkprogress.cpp" line="+35"/>
        <source>%v of %m</source>
        <extracomment>The progress bar of several changes, e.g. &quot;12 of 200&quot;</extracomment>
        <translation>%v von %m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoints done so far</source>
        <translation>Bisher erledigte Endpunkte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel the remaining changes</source>
        <translation>Die restlichen Änderungen abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop before the next change; what was changed stays changed (Esc)</source>
        <translation>Vor der nächsten Änderung anhalten; was geändert wurde, bleibt geändert (Esc)</translation>
    </message>
</context>
<context>
    <name>BulkReport</name>
    <message numerus="yes">
        <location filename="../app/writes/bulkreport.cpp" line="+13"/>
        <source>Switching on %n endpoint(s)</source>
        <translation>
            <numerusform>%n Endpunkt wird eingeschaltet</numerusform>
            <numerusform>%n Endpunkte werden eingeschaltet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Switching off %n endpoint(s)</source>
        <translation>
            <numerusform>%n Endpunkt wird abgeschaltet</numerusform>
            <numerusform>%n Endpunkte werden abgeschaltet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Subscribing %n endpoint(s) to “%1”</source>
        <translation>
            <numerusform>„%1“ wird für %n Endpunkt abonniert</numerusform>
            <numerusform>„%1“ wird für %n Endpunkte abonniert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Unsubscribing %n endpoint(s) from “%1”</source>
        <translation>
            <numerusform>„%1“ wird für %n Endpunkt abbestellt</numerusform>
            <numerusform>„%1“ wird für %n Endpunkte abbestellt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Switch On Endpoints</source>
        <translation>Endpunkte einschalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch Off Endpoints</source>
        <translation>Endpunkte abschalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Event “%1”</source>
        <translation>Ereignis „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Event “%1”</source>
        <translation>Ereignis „%1“ entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>Noch etwa %n Sekunde</numerusform>
            <numerusform>Noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>Noch etwa %n Minute</numerusform>
            <numerusform>Noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 changes a minute</source>
        <extracomment>The pace of a bulk change: changes sent to the server per minute</extracomment>
        <translation>%1 Änderungen pro Minute</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Waiting %n s: the server asked us to slow down</source>
        <translation>
            <numerusform>Wartet %n s: Der Server hat um langsameres Senden gebeten</numerusform>
            <numerusform>Wartet %n s: Der Server hat um langsameres Senden gebeten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopping after the change on its way to the server…</source>
        <translation>Wird nach der Änderung angehalten, die gerade zum Server unterwegs ist…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting its turn</source>
        <translation>Wartet, bis er an der Reihe ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped: already on</source>
        <translation>Übersprungen: bereits eingeschaltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: already off</source>
        <translation>Übersprungen: bereits abgeschaltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: already subscribed</source>
        <translation>Übersprungen: bereits abonniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: not subscribed</source>
        <translation>Übersprungen: nicht abonniert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped: it would have no event left</source>
        <translation>Übersprungen: Ihm bliebe kein Ereignis mehr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent: cancelled before its turn</source>
        <translation>Nicht gesendet: abgebrochen, bevor er an der Reihe war</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped (already so)</source>
        <translation>
            <numerusform>%n übersprungen (bereits so eingestellt)</numerusform>
            <numerusform>%n übersprungen (bereits so eingestellt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped (no event would be left)</source>
        <translation>
            <numerusform>%n übersprungen (kein Ereignis bliebe übrig)</numerusform>
            <numerusform>%n übersprungen (kein Ereignis bliebe übrig)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not sent (cancelled)</source>
        <translation>
            <numerusform>%n nicht gesendet (abgebrochen)</numerusform>
            <numerusform>%n nicht gesendet (abgebrochen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>You cancelled: the changes already made stay made; %n endpoint(s) were not changed.</source>
        <translation>
            <numerusform>Sie haben abgebrochen: Die bereits vorgenommenen Änderungen bleiben bestehen; %n Endpunkt wurde nicht geändert.</numerusform>
            <numerusform>Sie haben abgebrochen: Die bereits vorgenommenen Änderungen bleiben bestehen; %n Endpunkte wurden nicht geändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkResultDialog</name>
    <message>
        <location filename="../ui/bulk/bulkresultdialog.cpp" line="+61"/>
        <source>Result per endpoint</source>
        <translation>Ergebnis pro Endpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+22"/>
        <source>&amp;Retry Failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Send the change again to the endpoints where it failed</source>
        <translation>Die Änderung erneut an die Endpunkte senden, bei denen sie fehlgeschlagen ist</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>&amp;Retry %n Failed</source>
        <translation>
            <numerusform>Fehlgeschlagene &amp;wiederholen (%n)</numerusform>
            <numerusform>Fehlgeschlagene &amp;wiederholen (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnWidths</name>
    <message>
        <location filename="../ui/mainwindow/columnwidths.cpp" line="+199"/>
        <source>&amp;Columns</source>
        <translation>Spa&amp;lten</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../app/credentials/credentialstore.cpp" line="+8"/>
        <source>The key is stored in the system keychain.</source>
        <translation>Der Schlüssel ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No key is stored for this profile.</source>
        <translation>Für dieses Profil ist kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No system keychain is available (on Linux: no Secret Service such as GNOME Keyring or KWallet is running), so the key cannot be stored safely.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar (unter Linux: kein Secret Service wie GNOME Keyring oder KWallet läuft), daher kann der Schlüssel nicht sicher gespeichert werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keychain refused access: it may be locked, or the request was declined.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert: Er ist vielleicht gesperrt, oder die Anfrage wurde abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system keychain reported an error.</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet.</translation>
    </message>
</context>
<context>
    <name>DeletionReport</name>
    <message>
        <location filename="../app/endpoints/deletionreport.cpp" line="+16"/>
        <source>Delete Webhook Endpoint?</source>
        <translation>Webhook-Endpunkt löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the webhook endpoint %1?

Its signing secret and its delivery history are deleted with it. This cannot be undone.</source>
        <translation>Den Webhook-Endpunkt %1 löschen?

Sein Signiergeheimnis und sein Zustellverlauf werden mit gelöscht. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <location line="+68"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-67"/>
        <source>Delete %n Webhook Endpoints?</source>
        <translation>
            <numerusform>%n Webhook-Endpunkt löschen?</numerusform>
            <numerusform>%n Webhook-Endpunkte löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete these %n webhook endpoints?

%1

Their signing secrets and delivery histories are deleted with them. This cannot be undone.</source>
        <translation>
            <numerusform>Diesen %n Webhook-Endpunkt löschen?

%1

Sein Signiergeheimnis und sein Zustellverlauf werden mit gelöscht. Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Diese %n Webhook-Endpunkte löschen?

%1

Ihre Signiergeheimnisse und Zustellverläufe werden mit gelöscht. Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleting %1 of %2: %3</source>
        <translation>Lösche %1 von %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleting Endpoints</source>
        <translation>Endpunkte werden gelöscht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted: %1</source>
        <translation>Gelöscht: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already deleted (the server no longer had it): %1</source>
        <translation>Bereits gelöscht (der Server hatte ihn nicht mehr): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not deleted: %1 — %2</source>
        <translation>Nicht gelöscht: %1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled while the server was answering; it may have been deleted: %1</source>
        <translation>Abgebrochen, während der Server antwortete; möglicherweise gelöscht: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not deleted (cancelled before its turn): %1</source>
        <translation>Nicht gelöscht (abgebrochen, bevor er an der Reihe war): %1</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n endpoint(s) deleted.</source>
        <translation>
            <numerusform>%n Endpunkt gelöscht.</numerusform>
            <numerusform>%n Endpunkte gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n endpoint(s) had already been deleted.</source>
        <translation>
            <numerusform>%n Endpunkt war bereits gelöscht.</numerusform>
            <numerusform>%n Endpunkte waren bereits gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n endpoint(s) could not be deleted.</source>
        <translation>
            <numerusform>%n Endpunkt konnte nicht gelöscht werden.</numerusform>
            <numerusform>%n Endpunkte konnten nicht gelöscht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n endpoint(s) may or may not have been deleted: refresh to see.</source>
        <translation>
            <numerusform>%n Endpunkt wurde möglicherweise gelöscht: Aktualisieren Sie, um es zu sehen.</numerusform>
            <numerusform>%n Endpunkte wurden möglicherweise gelöscht: Aktualisieren Sie, um es zu sehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n endpoint(s) were not deleted because you cancelled.</source>
        <translation>
            <numerusform>%n Endpunkt wurde nicht gelöscht, weil Sie abgebrochen haben.</numerusform>
            <numerusform>%n Endpunkte wurden nicht gelöscht, weil Sie abgebrochen haben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Endpoints Deleted</source>
        <translation>Endpunkte gelöscht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not Every Endpoint Was Deleted</source>
        <translation>Nicht alle Endpunkte wurden gelöscht</translation>
    </message>
</context>
<context>
    <name>DeliveriesDock</name>
    <message>
        <location filename="../ui/deliveries/deliveriesdock.cpp" line="+40"/>
        <location line="+4"/>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The API keeps no request or response bodies or headers of the attempts, and it has no redelivery: a delivery that gave up cannot be sent again.</source>
        <translation>Die API speichert keine Anfrage- oder Antwortinhalte und keine Header der Versuche, und sie kennt keine erneute Zustellung: Eine aufgegebene Zustellung kann nicht noch einmal gesendet werden.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>How many deliveries</source>
        <translation>Anzahl der Zustellungen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n most recent</source>
        <translation>
            <numerusform>die letzte</numerusform>
            <numerusform>die letzten %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sho&amp;w:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter by event type</source>
        <translation>Nach Ereignistyp filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event t&amp;ype:</source>
        <translation>Ereignis&amp;typ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload the deliveries</source>
        <translation>Zustellungen neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the server again for this endpoint&apos;s deliveries</source>
        <translation>Die Zustellungen dieses Endpunkts erneut vom Server abrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>Ex&amp;portieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the deliveries shown</source>
        <translation>Angezeigte Zustellungen exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the deliveries shown (after the filters, in this order) as CSV or JSON</source>
        <translation>Die angezeigten Zustellungen (nach den Filtern, in dieser Reihenfolge) als CSV oder JSON speichern</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Deliveries of the selected endpoint</source>
        <translation>Zustellungen des ausgewählten Endpunkts</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+10"/>
        <source>&amp;Copy delivery id</source>
        <translation>Zustellungs-ID &amp;kopieren</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>&amp;Copy delivery ids (%n)</source>
        <translation>
            <numerusform>Zustellungs-ID &amp;kopieren (%n)</numerusform>
            <numerusform>Zustellungs-IDs &amp;kopieren (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deliveries to %1</source>
        <translation>Zustellungen an %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No endpoint selected</source>
        <translation>Kein Endpunkt ausgewählt</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select an endpoint to see its deliveries.</source>
        <translation>Wählen Sie einen Endpunkt, um seine Zustellungen zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deliveries could not be loaded: %1</source>
        <translation>Die Zustellungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading deliveries…</source>
        <translation>Zustellungen werden geladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No deliveries yet: no event has been sent to this endpoint.</source>
        <translation>Noch keine Zustellungen: An diesen Endpunkt wurde noch kein Ereignis gesendet.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Most recent deliveries: %n.</source>
        <translation>
            <numerusform>Letzte Zustellungen: %n.</numerusform>
            <numerusform>Letzte Zustellungen: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Matching the filters: %1 of the %n most recent.</source>
        <translation>
            <numerusform>Passend zu den Filtern: %1 von der letzten.</numerusform>
            <numerusform>Passend zu den Filtern: %1 der letzten %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updating… %1</source>
        <translation>Wird aktualisiert… %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Export Deliveries</source>
        <translation>Zustellungen exportieren</translation>
    </message>
</context>
<context>
    <name>DeliveryStatus</name>
    <message>
        <location filename="../app/deliveries/deliverystatus.cpp" line="+82"/>
        <location line="+28"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Retrying</source>
        <translation>Wird wiederholt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>In flight</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>Gave up</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The receiver answered with a 2xx status.</source>
        <translation>Der Empfänger antwortete mit einem 2xx-Status.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last attempt failed; the server tries again (up to %1 attempts).</source>
        <translation>Der letzte Versuch ist fehlgeschlagen; der Server versucht es erneut (bis zu %1 Versuche).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not attempted yet.</source>
        <translation>Noch nicht versucht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An attempt is under way.</source>
        <translation>Ein Versuch läuft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every attempt failed, or the endpoint was switched off: the server will not try again.</source>
        <translation>Alle Versuche sind fehlgeschlagen, oder der Endpunkt wurde abgeschaltet: Der Server versucht es nicht mehr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A status this version does not know: “%1”.</source>
        <translation>Ein Status, den diese Version nicht kennt: „%1“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pending or retrying</source>
        <translation>Ausstehend oder in Wiederholung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 of %2</source>
        <extracomment>Delivery attempts so far, out of the server&apos;s maximum, e.g. &quot;3 of 6&quot;</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>HTTP %1</source>
        <extracomment>The receiver&apos;s HTTP status code, e.g. &quot;HTTP 502&quot;</extracomment>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>DeliveryTableModel</name>
    <message>
        <location filename="../app/deliveries/deliverytablemodel.cpp" line="+84"/>
        <source>Overdue (due %1)</source>
        <extracomment>Next retry of a delivery whose retry time has passed without a new attempt; %1 is when it was due, e.g. &quot;1 h ago&quot;</extracomment>
        <translation>Überfällig (fällig %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last attempt: %1</source>
        <translation>Letzter Versuch: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not attempted yet</source>
        <translation>Noch nicht versucht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No retry: the delivery is finished.</source>
        <translation>Keine Wiederholung: Die Zustellung ist abgeschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not delivered</source>
        <translation>Nicht zugestellt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next retry</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
</context>
<context>
    <name>DesktopWatch</name>
    <message>
        <location filename="../ui/shell/desktopwatch.cpp" line="+91"/>
        <source>That endpoint is not in the table now (deleted, or hidden by the search or a filter).</source>
        <translation>Dieser Endpunkt ist derzeit nicht in der Tabelle (gelöscht oder durch die Suche oder einen Filter ausgeblendet).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../ui/mainwindow/detailspane.cpp" line="+32"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2</source>
        <extracomment>A time: how long ago, then the exact date and time</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In flight</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gave up</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select an endpoint to see its details.</source>
        <translation>Wählen Sie einen Endpunkt, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Copy the endpoint id</source>
        <translation>Die ID des Endpunkts kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy endpoint id</source>
        <translation>Endpunkt-ID kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the URL</source>
        <translation>Die URL kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy URL</source>
        <translation>URL kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consecutive failures</source>
        <translation>Fehlschläge in Folge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last failure</source>
        <translation>Letzter Fehlschlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled at</source>
        <translation>Abgeschaltet am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;dit…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this endpoint</source>
        <translation>Diesen Endpunkt bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy si&amp;gning secret</source>
        <translation>Signier&amp;geheimnis kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy signing secret</source>
        <translation>Signiergeheimnis kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the signing secret kept in the system keychain for this endpoint; the clipboard is cleared after a while</source>
        <translation>Das im Schlüsselbund des Systems aufbewahrte Signiergeheimnis dieses Endpunkts kopieren; die Zwischenablage wird nach einer Weile geleert</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Endpoint details</source>
        <translation>Endpunktdetails</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+21"/>
        <source>Recent deliveries</source>
        <translation>Letzte Zustellungen</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>All deliveries…</source>
        <translation>Alle Zustellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the Deliveries panel: up to 100, filters, the failure pattern, export</source>
        <translation>Den Bereich „Zustellungen“ öffnen: bis zu 100, Filter, Fehlerbild, Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the Deliveries panel</source>
        <translation>Den Bereich „Zustellungen“ öffnen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1: %2</source>
        <extracomment>Screen-reader name of a value in the details pane: %1 is the caption (&quot;Status&quot;), %2 the value</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>Recent deliveries (%n most recent)</source>
        <translation>
            <numerusform>Letzte Zustellung</numerusform>
            <numerusform>Letzte %n Zustellungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Response / error</source>
        <translation>Antwort / Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server switches an endpoint off after %1 consecutive failed deliveries.</source>
        <translation>Der Server schaltet einen Endpunkt nach %1 fehlgeschlagenen Zustellungen in Folge ab.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not disabled by the server</source>
        <translation>nicht vom Server abgeschaltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never verified</source>
        <translation>nie verifiziert</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Recent deliveries: loading…</source>
        <translation>Letzte Zustellungen: werden geladen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recent deliveries could not be loaded: %1</source>
        <translation>Die letzten Zustellungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recent deliveries: none yet</source>
        <translation>Letzte Zustellungen: noch keine</translation>
    </message>
</context>
<context>
    <name>EditConflict</name>
    <message>
        <location filename="../app/endpoints/editconflict.cpp" line="+19"/>
        <source>none</source>
        <extracomment>No event types are subscribed</extracomment>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Reloaded the server&apos;s version</source>
        <translation>Version des Servers neu geladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The form shows the endpoint as it is on the server now, with your edits on top. Review it and press Save.</source>
        <translation>Das Formular zeigt den Endpunkt, wie er jetzt auf dem Server ist, mit Ihren Änderungen darüber. Prüfen Sie ihn und klicken Sie auf „Speichern“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing left to save</source>
        <translation>Nichts mehr zu speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s version already has the values you entered.</source>
        <translation>Die Version des Servers hat bereits die Werte, die Sie eingegeben haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The endpoint changed on the server, so nothing was sent. Your edits are still here: press Save to choose again.</source>
        <translation>Der Endpunkt wurde auf dem Server geändert, daher wurde nichts gesendet. Ihre Änderungen sind noch da: Klicken Sie auf „Speichern“, um erneut zu wählen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>URL: now %1</source>
        <translation>URL: jetzt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description changed</source>
        <translation>Beschreibung geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events: now %1</source>
        <translation>Ereignisse: jetzt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switched off by the server after failed deliveries</source>
        <translation>Vom Server nach fehlgeschlagenen Zustellungen abgeschaltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switched on</source>
        <translation>Eingeschaltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switched off</source>
        <translation>Abgeschaltet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failures in a row: %1 → %2</source>
        <translation>Fehlschläge in Folge: %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last updated: %1</source>
        <translation>Zuletzt geändert: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>URL</source>
        <comment>field of the edit form, in a list of edited fields</comment>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <comment>field of the edit form, in a list of edited fields</comment>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <comment>field of the edit form, in a list of edited fields</comment>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <comment>field of the edit form, in a list of edited fields</comment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Overwrite: send your changes over the server&apos;s version (only the fields you edited: %1).</source>
        <extracomment>%1 is a list of form fields, e.g. &quot;URL and Description&quot;</extracomment>
        <translation>Überschreiben: Ihre Änderungen über die Version des Servers senden (nur die Felder, die Sie bearbeitet haben: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload (keep my edits): show the server&apos;s version with your edits on top, to review before saving.</source>
        <translation>Neu laden (meine Änderungen behalten): Die Version des Servers mit Ihren Änderungen darüber anzeigen, um sie vor dem Speichern zu prüfen.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>This endpoint was changed on the server since you opened it (by someone else or by failures).</source>
        <translation>Dieser Endpunkt wurde auf dem Server geändert, seit Sie ihn geöffnet haben (von jemand anderem oder durch Fehlschläge).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the server now:</source>
        <translation>Jetzt auf dem Server:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel: send nothing for now.</source>
        <translation>Abbrechen: vorerst nichts senden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed on the Server</source>
        <translation>Auf dem Server geändert</translation>
    </message>
</context>
<context>
    <name>EditEndpointDialog</name>
    <message>
        <location filename="../ui/editor/editendpointdialog.ui" line="+14"/>
        <location filename="../ui/editor/editendpointdialog.cpp" line="+48"/>
        <source>Edit Webhook Endpoint</source>
        <translation>Webhook-Endpunkt bearbeiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Last updated:</source>
        <translation>Zuletzt geändert:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>https://example.com/webhooks/optimaldial</source>
        <translation>https://example.com/webhooks/optimaldial</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Endpoint URL</source>
        <translation>Endpunkt-URL</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What this endpoint is for (optional)</source>
        <translation>Wofür dieser Endpunkt da ist (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>E&amp;vents:</source>
        <translation>&amp;Ereignisse:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Deliveries:</source>
        <translation>Zustellungen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Active: OptimalDial sends events to this endpoint</source>
        <translation>&amp;Aktiv: OptimalDial sendet Ereignisse an diesen Endpunkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Saving in progress</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancel &amp;Request</source>
        <translation>Anfrage abbre&amp;chen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel request</source>
        <translation>Anfrage abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/editor/editendpointdialog.cpp" line="+0"/>
        <source>Edit Webhook Endpoint – %1</source>
        <translation>Webhook-Endpunkt bearbeiten – %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes (Enter or %1)</source>
        <translation>Die Änderungen speichern (Eingabetaste oder %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+454"/>
        <location line="+50"/>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <location line="-503"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop waiting for the server (Esc). Your edits are kept.</source>
        <translation>Nicht länger auf den Server warten (Esc). Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The https:// address that OptimalDial calls for each event</source>
        <translation>Die https://-Adresse, die OptimalDial bei jedem Ereignis aufruft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select to copy</source>
        <translation>Zum Kopieren markieren</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>New Webhook Endpoint</source>
        <translation>Neuer Webhook-Endpunkt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;reate</source>
        <translation>Ers&amp;tellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the endpoint (Enter or %1)</source>
        <translation>Den Endpunkt erstellen (Eingabetaste oder %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating the endpoint</source>
        <translation>Endpunkt wird erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop waiting for the server (Esc). What you entered is kept.</source>
        <translation>Nicht länger auf den Server warten (Esc). Ihre Eingaben bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OptimalDial sends upload.created only when you tick it; without a choice it sends completed and failed uploads.</source>
        <translation>OptimalDial sendet upload.created nur, wenn Sie es ankreuzen; ohne Auswahl sendet es abgeschlossene und fehlgeschlagene Uploads.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Send event: %1</source>
        <translation>Ereignis senden: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>OptimalDial will send a test ping to the new URL; if it does not answer with 2xx within 5 seconds, nothing is saved.</source>
        <translation>OptimalDial sendet einen Test-Ping an die neue URL; antwortet sie nicht innerhalb von 5 Sekunden mit 2xx, wird nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Before it creates the endpoint, OptimalDial sends a test ping to this URL; if it does not answer with 2xx within 5 seconds, nothing is saved.</source>
        <translation>Bevor OptimalDial den Endpunkt erstellt, sendet es einen Test-Ping an diese URL; antwortet sie nicht innerhalb von 5 Sekunden mit 2xx, wird nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Healthy: last delivered %1</source>
        <translation>Intakt: zuletzt zugestellt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy</source>
        <translation>Intakt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, last failure %2</source>
        <comment>status, last failure</comment>
        <translation>%1, letzter Fehlschlag %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Disabled by the server on %1 after %n failures</source>
        <translation>
            <numerusform>Vom Server am %1 nach %n Fehlschlag abgeschaltet</numerusform>
            <numerusform>Vom Server am %1 nach %n Fehlschlägen abgeschaltet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inactive: switched off by a person</source>
        <translation>Inaktiv: von einer Person abgeschaltet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active, never verified</source>
        <translation>Aktiv, nie verifiziert</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Also subscribed to event types this version does not know (kept as they are): %1</source>
        <translation>Außerdem abonniert sind Ereignistypen, die diese Version nicht kennt (sie bleiben unverändert): %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server switches an endpoint off after %1 failed deliveries in a row.</source>
        <translation>Der Server schaltet einen Endpunkt nach %1 fehlgeschlagenen Zustellungen in Folge ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last updated: %1</source>
        <translation>Zuletzt geändert: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 of %2 characters used</source>
        <translation>%1 von %2 Zeichen verwendet</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Creating…</source>
        <translation>Wird angelegt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating… OptimalDial is sending a test ping to the URL; nothing is saved unless it answers with 2xx within 5 seconds.</source>
        <translation>Wird erstellt… OptimalDial sendet einen Test-Ping an die URL; gespeichert wird nur, wenn sie innerhalb von 5 Sekunden mit 2xx antwortet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving… checking that nobody changed the endpoint in the meantime.</source>
        <translation>Wird gespeichert… es wird geprüft, dass niemand den Endpunkt inzwischen geändert hat.</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;Re-activate</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Discard New Endpoint?</source>
        <translation>Neuen Endpunkt verwerfen?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard Changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have not created this endpoint yet. Discard what you entered?</source>
        <translation>Sie haben diesen Endpunkt noch nicht erstellt. Ihre Eingaben verwerfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You changed this endpoint but did not save the changes. Discard them?</source>
        <translation>Sie haben diesen Endpunkt geändert, aber die Änderungen nicht gespeichert. Verwerfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard Endpoint</source>
        <translation>Endpunkt &amp;verwerfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Discard Changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Overwrite</source>
        <translation>&amp;Überschreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload (Keep My Edits)</source>
        <translation>&amp;Neu laden (meine Änderungen behalten)</translation>
    </message>
</context>
<context>
    <name>EndpointActions</name>
    <message>
        <location filename="../ui/mainwindow/endpointactions.cpp" line="+53"/>
        <source>&amp;New Endpoint…</source>
        <translation>&amp;Neuer Endpunkt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a webhook endpoint (%1)</source>
        <translation>Einen Webhook-Endpunkt hinzufügen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the selected endpoints, with their signing secrets and delivery history (Del)</source>
        <translation>Die ausgewählten Endpunkte mit ihren Signiergeheimnissen und Zustellverläufen löschen (Entf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Created %1</source>
        <translation>%1 erstellt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created %1; the current search or filter hides it.</source>
        <translation>%1 erstellt; die aktuelle Suche oder der Filter blendet ihn aus.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Signing secret copied. The clipboard is cleared in %n second(s) if it still holds it.</source>
        <translation>
            <numerusform>Signiergeheimnis kopiert. Die Zwischenablage wird in %n Sekunde geleert, wenn sie es noch enthält.</numerusform>
            <numerusform>Signiergeheimnis kopiert. Die Zwischenablage wird in %n Sekunden geleert, wenn sie es noch enthält.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No signing secret is kept for this endpoint any more.</source>
        <translation>Für diesen Endpunkt ist kein Signiergeheimnis mehr aufbewahrt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing Secret Not Copied</source>
        <translation>Signiergeheimnis nicht kopiert</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Stop Deleting?</source>
        <translation>Löschen anhalten?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n endpoint(s) are still to be deleted. If you close now, deleting stops: what was deleted stays deleted, the rest is kept.</source>
        <translation>
            <numerusform>%n Endpunkt muss noch gelöscht werden. Wenn Sie jetzt schließen, wird das Löschen angehalten: Was gelöscht wurde, bleibt gelöscht, der Rest bleibt erhalten.</numerusform>
            <numerusform>%n Endpunkte müssen noch gelöscht werden. Wenn Sie jetzt schließen, wird das Löschen angehalten: Was gelöscht wurde, bleibt gelöscht, der Rest bleibt erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop and Close</source>
        <translation>Anhalten und schließen</translation>
    </message>
</context>
<context>
    <name>EndpointDeleter</name>
    <message>
        <location filename="../app/endpoints/endpointdeleter.cpp" line="+58"/>
        <source>No connection to the server is set up.</source>
        <translation>Es ist keine Verbindung zum Server eingerichtet.</translation>
    </message>
</context>
<context>
    <name>EndpointEditor</name>
    <message>
        <location filename="../app/endpoints/endpointeditor.cpp" line="+240"/>
        <source>No connection to the server is set up.</source>
        <translation>Es ist keine Verbindung zum Server eingerichtet.</translation>
    </message>
</context>
<context>
    <name>EndpointExportAction</name>
    <message>
        <location filename="../ui/export/endpointexportaction.cpp" line="+10"/>
        <source>E&amp;xport Endpoints…</source>
        <translation>Endpunkte e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the endpoints shown (after search and filters) as CSV or JSON</source>
        <translation>Die angezeigten Endpunkte (nach Suche und Filtern) als CSV oder JSON speichern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export Endpoints</source>
        <translation>Endpunkte exportieren</translation>
    </message>
</context>
<context>
    <name>EndpointStatus</name>
    <message>
        <location filename="../app/domain/endpointstatus.cpp" line="+10"/>
        <source>Healthy</source>
        <translation>Intakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failing</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>Abgeschaltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never verified</source>
        <translation>Nie verifiziert</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Failing %1/%2</source>
        <extracomment>Status column: consecutive failed deliveries / the count at which the server disables the endpoint</extracomment>
        <translation>Fehlerhaft %1/%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disabled %1</source>
        <extracomment>Status column: %1 is a relative time such as &quot;3 days ago&quot; or a date</extracomment>
        <translation>Abgeschaltet %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re-activated, awaiting delivery</source>
        <extracomment>Status column: switched on again after failures, no delivery since</extracomment>
        <translation>Reaktiviert, wartet auf Zustellung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Re-activated: switched on again after failed deliveries, and awaiting its next delivery. The last failure was %1.</source>
        <translation>Reaktiviert: nach fehlgeschlagenen Zustellungen wieder eingeschaltet und wartet auf die nächste Zustellung. Der letzte Fehlschlag war %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Healthy: the last delivery succeeded (%1).</source>
        <translation>Intakt: Die letzte Zustellung war erfolgreich (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy: the URL answered the verification ping (%1).</source>
        <translation>Intakt: Die URL hat den Verifizierungs-Ping beantwortet (%1).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Failing: the last %n delivery attempt(s) failed in a row.</source>
        <translation>
            <numerusform>Fehlerhaft: Der letzte Zustellversuch ist fehlgeschlagen.</numerusform>
            <numerusform>Fehlerhaft: Die letzten %n Zustellversuche sind nacheinander fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The server switches the endpoint off after %n consecutive failures.</source>
        <translation>
            <numerusform>Der Server schaltet den Endpunkt nach %n Fehlschlag in Folge ab.</numerusform>
            <numerusform>Der Server schaltet den Endpunkt nach %n Fehlschlägen in Folge ab.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last failure: %1</source>
        <translation>Letzter Fehlschlag: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Disabled by the server on %1 after %n consecutive failed deliveries. Events are not delivered until someone switches it on again.</source>
        <translation>
            <numerusform>Vom Server am %1 nach %n fehlgeschlagenen Zustellung abgeschaltet. Ereignisse werden erst wieder zugestellt, wenn jemand ihn wieder einschaltet.</numerusform>
            <numerusform>Vom Server am %1 nach %n fehlgeschlagenen Zustellungen in Folge abgeschaltet. Ereignisse werden erst wieder zugestellt, wenn jemand ihn wieder einschaltet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inactive: switched off by a person. Events are not delivered.</source>
        <translation>Inaktiv: von einer Person abgeschaltet. Ereignisse werden nicht zugestellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never verified: no ping or delivery to this URL has succeeded yet.</source>
        <translation>Nie verifiziert: Noch kein Ping und keine Zustellung an diese URL war erfolgreich.</translation>
    </message>
</context>
<context>
    <name>EndpointTableModel</name>
    <message>
        <location filename="../app/models/endpointtablemodel.cpp" line="+82"/>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last failure</source>
        <translation>Letzter Fehlschlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>Abgeschaltet am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Healthy, failing (consecutive failures of %1), disabled by the server, inactive (switched off by a person) or never verified</source>
        <translation>Intakt, fehlerhaft (Fehlschläge in Folge von %1), vom Server abgeschaltet, inaktiv (von einer Person abgeschaltet) oder nie verifiziert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consecutive failed deliveries; the server disables the endpoint at %1</source>
        <translation>Fehlgeschlagene Zustellungen in Folge; bei %1 schaltet der Server den Endpunkt ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether events are delivered to this endpoint</source>
        <translation>Ob Ereignisse an diesen Endpunkt zugestellt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last successful delivery</source>
        <translation>Letzte erfolgreiche Zustellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last failed delivery</source>
        <translation>Letzte fehlgeschlagene Zustellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the server switched the endpoint off</source>
        <translation>Wann der Server den Endpunkt abgeschaltet hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last change to the endpoint</source>
        <translation>Letzte Änderung am Endpunkt</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No successful delivery yet</source>
        <translation>Noch keine erfolgreiche Zustellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No failed delivery</source>
        <translation>Keine fehlgeschlagene Zustellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not disabled by the server</source>
        <translation>Nicht vom Server abgeschaltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (not known to this version of the app)</source>
        <translation>%1 (dieser Version der App unbekannt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No events</source>
        <translation>Keine Ereignisse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events are delivered to this endpoint</source>
        <translation>Ereignisse werden an diesen Endpunkt zugestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switched off by the server after repeated failures</source>
        <translation>Vom Server nach wiederholten Fehlschlägen abgeschaltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switched off by a person</source>
        <translation>Von einer Person abgeschaltet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 consecutive failed deliveries of %2 allowed before the server disables the endpoint</source>
        <translation>%1 von %2 erlaubten fehlgeschlagenen Zustellungen in Folge, bevor der Server den Endpunkt abschaltet</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../ui/mainwindow/errorbanner.cpp" line="+49"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry loading the endpoints</source>
        <translation>Endpunkte erneut laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy Details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the whole message, with the server&apos;s full text, for a report</source>
        <translation>Die ganze Meldung mit dem vollständigen Text des Servers für einen Bericht kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the error message</source>
        <translation>Fehlermeldung schließen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2</source>
        <extracomment>Error banner: the error&apos;s short title, then its message</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>EventType</name>
    <message>
        <location filename="../app/domain/eventtype.cpp" line="+36"/>
        <source>Upload created</source>
        <translation>Upload erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload completed</source>
        <translation>Upload abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload failed</source>
        <translation>Upload fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <location filename="../app/export/exportfile.cpp" line="+31"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../ui/export/exportflow.cpp" line="+64"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing was exported. %1</source>
        <translation>Es wurde nichts exportiert. %1</translation>
    </message>
</context>
<context>
    <name>FailureSummaryView</name>
    <message>
        <location filename="../ui/deliveries/failuresummaryview.cpp" line="+24"/>
        <source>Failure pattern</source>
        <translation>Fehlerbild</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Last success:</source>
        <translation>Letzter Erfolg:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed in a row:</source>
        <translation>In Folge fehlgeschlagen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most common error:</source>
        <translation>Häufigster Fehler:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most common response:</source>
        <translation>Häufigste Antwort:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This endpoint is failing.</source>
        <translation>Dieser Endpunkt schlägt fehl.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, at %2</source>
        <extracomment>Last success: relative time, then the exact time, e.g. &quot;3 h ago, at 12/4/26 8:15:03 AM CET&quot;</extracomment>
        <translation>%1, am %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None among these deliveries, and the server records none.</source>
        <translation>Keiner unter diesen Zustellungen, und der Server verzeichnet keinen.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Deliveries that failed since the last success. Their attempts: %n, every one failed.</source>
        <translation>
            <numerusform>Zustellungen, die seit dem letzten Erfolg fehlgeschlagen sind. Ihre Versuche: %n, fehlgeschlagen.</numerusform>
            <numerusform>Zustellungen, die seit dem letzten Erfolg fehlgeschlagen sind. Ihre Versuche: %n, alle fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No error text from the server.</source>
        <translation>Kein Fehlertext vom Server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None: no failed delivery got an HTTP answer.</source>
        <translation>Keine: Keine fehlgeschlagene Zustellung bekam eine HTTP-Antwort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTP %1 (%2 of %3)</source>
        <translation>HTTP %1 (%2 von %3)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../ui/mainwindow/filterbar.cpp" line="+94"/>
        <source>Search URL, description, id or event (Ctrl+F)</source>
        <translation>URL, Beschreibung, ID oder Ereignis suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search endpoints</source>
        <translation>Endpunkte durchsuchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Clear the search (Esc)</source>
        <translation>Die Suche leeren (Esc)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Any</source>
        <extracomment>Event filter: endpoints subscribed to any event (no filter)</extracomment>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subscribed event</source>
        <translation>Abonniertes Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the endpoints subscribed to this event</source>
        <translation>Nur die Endpunkte zeigen, die dieses Ereignis abonniert haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event&amp;s:</source>
        <translation>Ereig&amp;nisse:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>All (%1)</source>
        <translation>Alle (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failing (%1)</source>
        <translation>Fehlerhaft (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled (%1)</source>
        <translation>Abgeschaltet (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive (%1)</source>
        <translation>Inaktiv (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all endpoints (%1)</source>
        <translation>Alle Endpunkte anzeigen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show failing endpoints (%1)</source>
        <translation>Fehlerhafte Endpunkte anzeigen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show endpoints disabled by the server (%1)</source>
        <translation>Vom Server abgeschaltete Endpunkte anzeigen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show inactive endpoints (%1)</source>
        <translation>Inaktive Endpunkte anzeigen (%1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Failing</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled by the server</source>
        <translation>Vom Server abgeschaltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subscribed to %1</source>
        <extracomment>An active filter: endpoints subscribed to this event type, e.g. &quot;Upload failed&quot;</extracomment>
        <translation>Abonniert: %1</translation>
    </message>
</context>
<context>
    <name>FreedesktopNotifier</name>
    <message>
        <location filename="../ui/notify/freedesktopnotifier.cpp" line="+55"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open endpoint</source>
        <translation>Endpunkt öffnen</translation>
    </message>
</context>
<context>
    <name>JsonCodec</name>
    <message>
        <location filename="../app/api/jsoncodec.cpp" line="+47"/>
        <source>field &quot;%1&quot; must be a string, not %2</source>
        <extracomment>%1 is a field name, %2 a JSON type name (null, number, array, ...)</extracomment>
        <translation>Feld „%1“ muss ein String sein, nicht %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>field &quot;%1&quot; must be true or false, not %2</source>
        <extracomment>%1 is a field name, %2 a JSON type name (null, number, array, ...)</extracomment>
        <translation>Feld „%1“ muss true oder false sein, nicht %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>field &quot;%1&quot; must be a whole number of at least %2, not %3</source>
        <translation>Feld „%1“ muss eine ganze Zahl von mindestens %2 sein, nicht %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>field &quot;%1&quot; must be a whole number, not %2</source>
        <extracomment>%1 is a field name, %2 a JSON type name (null, string, array, ...)</extracomment>
        <translation>Feld „%1“ muss eine ganze Zahl sein, nicht %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>field &quot;%1&quot; is not a valid timestamp (%2): &quot;%3&quot;</source>
        <translation>Feld „%1“ ist kein gültiger Zeitstempel (%2): „%3“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>field &quot;%1&quot; must be a timestamp string, not %2</source>
        <extracomment>%1 is a field name, %2 a JSON type name (null, number, array, ...)</extracomment>
        <translation>Feld „%1“ muss ein Zeitstempel-String sein, nicht %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>field &quot;%1&quot; must be an array, not %2</source>
        <extracomment>%1 is a field name, %2 a JSON type name (null, number, string, ...)</extracomment>
        <translation>Feld „%1“ muss ein Array sein, nicht %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>field &quot;%1&quot; is missing</source>
        <translation>Feld „%1“ fehlt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>control character in a string</source>
        <translation>Steuerzeichen in einem String</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid escape sequence</source>
        <translation>ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>illegal number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation>die Antwort ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a JSON array of %1</source>
        <translation>JSON-Array von %1 erwartet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>item %1 of the list is not an object</source>
        <translation>Eintrag %1 der Liste ist kein Objekt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>item %1 of the list: %2</source>
        <translation>Eintrag %1 der Liste: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>field &quot;%1&quot; is empty</source>
        <translation>Feld „%1“ ist leer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>field &quot;%1&quot; must contain only strings</source>
        <translation>Feld „%1“ darf nur Strings enthalten</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>expected a JSON object describing an endpoint</source>
        <translation>JSON-Objekt erwartet, das einen Endpunkt beschreibt</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>expected a JSON object with &quot;webhook&quot; and &quot;secret&quot;</source>
        <translation>JSON-Objekt mit „webhook“ und „secret“ erwartet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>field &quot;webhook&quot; is missing</source>
        <translation>Feld „webhook“ fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>field &quot;webhook&quot; must be an object, not %1</source>
        <translation>Feld „webhook“ muss ein Objekt sein, nicht %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>field &quot;secret&quot; is missing</source>
        <translation>Feld „secret“ fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>field &quot;secret&quot; must be a non-empty string</source>
        <translation>Feld „secret“ muss ein nicht leerer String sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>webhook: %1</source>
        <translation>webhook: %1</translation>
    </message>
</context>
<context>
    <name>KeyVerifier</name>
    <message>
        <location filename="../app/credentials/keyverifier.cpp" line="+40"/>
        <source>No network access is set up.</source>
        <translation>Es ist kein Netzwerkzugang eingerichtet.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The server at this base URL does not answer like the OptimalDial API (a 404 page that is not JSON). Check the base URL.</source>
        <translation>Der Server unter dieser Basis-URL antwortet nicht wie die OptimalDial-API (eine 404-Seite, die kein JSON ist). Prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server refused this API key: it may be mistyped, expired or revoked.</source>
        <translation>Der Server hat diesen API-Schlüssel abgelehnt: Er ist vielleicht falsch eingegeben, abgelaufen oder widerrufen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server knows this key but does not let it manage webhooks (it needs the scope webhooks:manage).</source>
        <translation>Der Server kennt diesen Schlüssel, erlaubt ihm aber nicht, Webhooks zu verwalten (er braucht den Scope webhooks:manage).</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <location filename="../app/credentials/keychaincredentialstore.cpp" line="+103"/>
        <source>The system keychain did not answer. It may be locked and waiting for its password.</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet. Er ist vielleicht gesperrt und wartet auf sein Passwort.</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <location filename="../app/credentials/keyring.cpp" line="+69"/>
        <source>There is no key to store.</source>
        <translation>Es gibt keinen Schlüssel zum Speichern.</translation>
    </message>
</context>
<context>
    <name>LoadingPlaceholder</name>
    <message>
        <location filename="../ui/mainwindow/loadingplaceholder.cpp" line="+17"/>
        <source>Loading endpoints…</source>
        <translation>Endpunkte werden geladen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Endpoints received</source>
        <translation>Empfangene Endpunkte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Waiting for the server…</source>
        <translation>Warten auf den Server…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 received; preparing the table…</source>
        <translation>%1 empfangen; Tabelle wird vorbereitet…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 received</source>
        <translation>%1 von %2 empfangen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 received</source>
        <translation>%1 empfangen</translation>
    </message>
</context>
<context>
    <name>LocalDateTime</name>
    <message>
        <location filename="../app/endpoints/localdatetime.cpp" line="+8"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+191"/>
        <source>Webhook endpoints</source>
        <translation>Webhook-Endpunkte</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reload every endpoint from the server (F5)</source>
        <translation>Alle Endpunkte neu vom Server laden (F5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the selected endpoint (Enter or double-click)</source>
        <translation>Den ausgewählten Endpunkt bearbeiten (Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add, switch, re-key or remove profiles (one per organization)</source>
        <translation>Profile hinzufügen, wechseln, neu verschlüsseln oder entfernen (eines pro Organisation)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About %1</source>
        <translation>Ü&amp;ber %1</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Endpoints exported to %1 (rows: %n)</source>
        <translation>
            <numerusform>Endpunkte nach %1 exportiert (%n Zeile)</numerusform>
            <numerusform>Endpunkte nach %1 exportiert (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Deliveries exported to %1 (rows: %n)</source>
        <translation>
            <numerusform>Zustellungen nach %1 exportiert (%n Zeile)</numerusform>
            <numerusform>Zustellungen nach %1 exportiert (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Deliveries</source>
        <translation>&amp;Zustellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the deliveries of the selected endpoint</source>
        <translation>Die Zustellungen des ausgewählten Endpunkts ein- oder ausblenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Details &amp;Pane</source>
        <translation>&amp;Detailbereich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show or hide the details of the selected endpoint beside the table</source>
        <translation>Die Details des ausgewählten Endpunkts neben der Tabelle ein- oder ausblenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Automatic refresh</source>
        <translation>A&amp;utomatisch aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 15 seconds</source>
        <translation>Alle 15 Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 30 seconds</source>
        <translation>Alle 30 Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 5 minutes</source>
        <translation>Alle 5 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 15 minutes</source>
        <translation>Alle 15 Minuten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>E&amp;ndpoint</source>
        <translation>&amp;Endpunkt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Signature Checker…</source>
        <translation>&amp;Signaturprüfung…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check a delivery&apos;s X-OptimalDial-Signature against its secret and body</source>
        <translation>Die X-OptimalDial-Signature einer Zustellung anhand ihres Geheimnisses und Inhalts prüfen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <location line="+273"/>
        <source>Saved %1. It no longer matches the search or filter, so it leaves the table when you select another endpoint.</source>
        <translation>%1 gespeichert. Er entspricht nicht mehr der Suche oder dem Filter und verschwindet daher aus der Tabelle, wenn Sie einen anderen Endpunkt auswählen.</translation>
    </message>
    <message numerus="yes">
        <location line="-54"/>
        <source>%Ln endpoint(s)</source>
        <extracomment>Status bar summary items: each is one count, shown side by side with &quot; · &quot; between them</extracomment>
        <translation>
            <numerusform>%Ln Endpunkt</numerusform>
            <numerusform>%Ln Endpunkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln failing</source>
        <translation>
            <numerusform>%Ln fehlerhaft</numerusform>
            <numerusform>%Ln fehlerhaft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln disabled</source>
        <translation>
            <numerusform>%Ln abgeschaltet</numerusform>
            <numerusform>%Ln abgeschaltet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln inactive</source>
        <translation>
            <numerusform>%Ln inaktiv</numerusform>
            <numerusform>%Ln inaktiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln shown</source>
        <extracomment>Status bar: how many endpoints the search and filters leave visible</extracomment>
        <translation>
            <numerusform>%Ln angezeigt</numerusform>
            <numerusform>%Ln angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>refreshed %n min ago</source>
        <translation>
            <numerusform>vor %n min aktualisiert</numerusform>
            <numerusform>vor %n min aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>More toolbar buttons</source>
        <translation>Weitere Schaltflächen der Werkzeugleiste</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 · %2</source>
        <extracomment>Status bar: profile name, then the server</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · key %2… from %3 · %4</source>
        <extracomment>Status bar: profile, the start of the API key in use, the environment variable it came from, the server</extracomment>
        <translation>%1 · Schlüssel %2… aus %3 · %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · key %2… · %3</source>
        <extracomment>Status bar: profile, the start of the API key in use, the server</extracomment>
        <translation>%1 · Schlüssel %2… · %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <extracomment>Window title: the profile&apos;s name, then the application&apos;s name</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>The table shows the endpoints as of the last successful refresh.</source>
        <translation>Die Tabelle zeigt die Endpunkte nach dem Stand der letzten erfolgreichen Aktualisierung.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>refreshing…</source>
        <translation>wird aktualisiert…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>refreshed less than a minute ago</source>
        <translation>vor weniger als einer Minute aktualisiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not loaded yet</source>
        <translation>noch nicht geladen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>offline: refreshing when the network is back</source>
        <translation>offline: wird aktualisiert, sobald das Netzwerk wieder da ist</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>next try in %n second(s)</source>
        <translation>
            <numerusform>nächster Versuch in %n Sekunde</numerusform>
            <numerusform>nächster Versuch in %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next try at %1</source>
        <translation>nächster Versuch um %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto-refresh off</source>
        <translation>automatische Aktualisierung aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto-refresh paused</source>
        <translation>automatische Aktualisierung pausiert</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>ManageProfilesDialog</name>
    <message>
        <location filename="../ui/profiles/manageprofilesdialog.ui" line="+14"/>
        <location line="+24"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Each profile connects to one organization with its own API key. Keys are kept in the system keychain; only their beginning is shown here.</source>
        <translation>Jedes Profil verbindet mit einer Organisation über deren eigenen API-Schlüssel. Die Schlüssel liegen im Schlüsselbund des Systems; hier wird nur ihr Anfang gezeigt.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a profile</source>
        <translation>Ein Profil hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Replace Key…</source>
        <translation>&amp;Schlüssel ersetzen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the API key of the selected profile</source>
        <translation>Den API-Schlüssel des ausgewählten Profils ersetzen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set as &amp;Current</source>
        <translation>Als &amp;aktuell festlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the selected profile</source>
        <translation>Das ausgewählte Profil verwenden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected profile and its key</source>
        <translation>Das ausgewählte Profil und seinen Schlüssel entfernen</translation>
    </message>
    <message>
        <location filename="../ui/profiles/manageprofilesdialog.cpp" line="+25"/>
        <source>Close the profiles window</source>
        <translation>Das Profilfenster schließen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+155"/>
        <location line="+13"/>
        <source>Remove Profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>none</source>
        <extracomment>API key column: no key is stored for this profile</extracomment>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(this session only)</source>
        <translation>(nur diese Sitzung)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile in use</source>
        <translation>Das verwendete Profil</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There are no profiles. Add one to connect to an organization.</source>
        <translation>Es gibt keine Profile. Fügen Sie eines hinzu, um sich mit einer Organisation zu verbinden.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Added “%1”.</source>
        <translation>„%1“ hinzugefügt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The new key of “%1” is used for this session only.</source>
        <translation>Der neue Schlüssel von „%1“ wird nur für diese Sitzung verwendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key of “%1” was replaced.</source>
        <translation>Der Schlüssel von „%1“ wurde ersetzt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove the profile “%1”?</source>
        <translation>Das Profil „%1“ entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its API key is deleted from the system keychain. The webhook endpoints on the server are not affected.</source>
        <translation>Sein API-Schlüssel wird aus dem Schlüsselbund des Systems gelöscht. Die Webhook-Endpunkte auf dem Server bleiben unberührt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removing “%1”…</source>
        <translation>„%1“ wird entfernt…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The key of “%1” could not be deleted from the system keychain.</source>
        <translation>Der Schlüssel von „%1“ konnte nicht aus dem Schlüsselbund des Systems gelöscht werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the profile anyway? Its key then stays in the keychain until you delete it there.</source>
        <translation>Das Profil trotzdem entfernen? Sein Schlüssel bleibt dann im Schlüsselbund, bis Sie ihn dort löschen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove Anyway</source>
        <translation>&amp;Trotzdem entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Keep the Profile</source>
        <translation>Profil &amp;behalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile “%1” was kept.</source>
        <translation>Das Profil „%1“ wurde behalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removed “%1”.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
</context>
<context>
    <name>NoMatchPlaceholder</name>
    <message>
        <location filename="../ui/mainwindow/nomatchplaceholder.cpp" line="+35"/>
        <source>Clear Search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear Filters</source>
        <translation>Filter aufheben</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No endpoint passes the filters</source>
        <translation>Kein Endpunkt passt zu den Filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No endpoint matches “%1”</source>
        <translation>Kein Endpunkt passt zu „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filters on: %1</source>
        <extracomment>The filters on, as a list: &quot;Failing and Subscribed to Upload failed&quot;</extracomment>
        <translation>Aktive Filter: %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/settings/preferencesdialog.cpp" line="+19"/>
        <source>Show an icon in the system &amp;tray</source>
        <translation>Symbol im &amp;Infobereich anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>Beim Schließen des Fensters im Infobereich &amp;weiterlaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Minimise to the tray</source>
        <translation>In den Infobereich &amp;minimieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Notify when an endpoint has failed this many times in a row. The server disables it at %1.</source>
        <translation>Benachrichtigen, wenn ein Endpunkt so oft in Folge fehlgeschlagen ist. Der Server schaltet ihn bei %1 ab.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show desktop &amp;notifications</source>
        <extracomment>%1 is the profile&apos;s name</extracomment>
        <translation>Desktop-&amp;Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show desktop &amp;notifications for “%1”</source>
        <translation>Desktop-&amp;Benachrichtigungen für „%1“ anzeigen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source> a minute</source>
        <extracomment>Suffix of the write limit&apos;s spin box, e.g. &quot;60 a minute&quot;</extracomment>
        <translation> pro Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes, creations and deletions are paced to stay within the server&apos;s limit per API key (%1 a minute unless your organization has another).</source>
        <translation>Änderungen, Erstellungen und Löschungen werden so getaktet, dass sie im Limit des Servers pro API-Schlüssel bleiben (%1 pro Minute, sofern für Ihre Organisation kein anderes gilt).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Refresh the list:</source>
        <translation>&amp;Liste aktualisieren:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Failure threshold:</source>
        <translation>&amp;Fehlerschwelle:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notifications:</source>
        <translation>Benachrichtigungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System tray:</source>
        <translation>Infobereich:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Write limit:</source>
        <translation>Limit für &amp;Schreibzugriffe:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This desktop shows no system tray at the moment; the icon appears when it does.</source>
        <translation>Dieser Desktop zeigt derzeit keinen Infobereich an; das Symbol erscheint, sobald er verfügbar ist.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Never (refresh by hand)</source>
        <translation>Nie (von Hand aktualisieren)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 15 seconds</source>
        <translation>Alle 15 Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 30 seconds</source>
        <translation>Alle 30 Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 5 minutes</source>
        <translation>Alle 5 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 15 minutes</source>
        <translation>Alle 15 Minuten</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Alle %n Minute</numerusform>
            <numerusform>Alle %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Every %n second(s)</source>
        <translation>
            <numerusform>Alle %n Sekunde</numerusform>
            <numerusform>Alle %n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../ui/profiles/profiledialog.ui" line="+14"/>
        <location filename="../ui/profiles/profiledialog.cpp" line="+44"/>
        <source>Connect to OptimalDial</source>
        <translation>Mit OptimalDial verbinden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Profile &amp;name:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>For example: Acme production</source>
        <translation>Zum Beispiel: Acme Produktion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A name of your choice for this organization or server</source>
        <translation>Ein Name Ihrer Wahl für diese Organisation oder diesen Server</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address of the OptimalDial API, normally https://api.optimaldial.com</source>
        <translation>Adresse der OptimalDial-API, normalerweise https://api.optimaldial.com</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>od_live_…</source>
        <translation>od_live_…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The organization&apos;s API key; it starts with od_live_</source>
        <translation>Der API-Schlüssel der Organisation; er beginnt mit od_live_</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../ui/profiles/profiledialog.cpp" line="+48"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../ui/profiles/profiledialog.cpp" line="+1"/>
        <source>Show the API key</source>
        <translation>Den API-Schlüssel anzeigen</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Checking the key</source>
        <translation>Schlüssel wird geprüft</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop checking the key</source>
        <translation>Die Prüfung des Schlüssels anhalten</translation>
    </message>
    <message>
        <location filename="../ui/profiles/profiledialog.cpp" line="-57"/>
        <source>&amp;Verify and Save</source>
        <translation>&amp;Prüfen und speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify the key with the server and save the profile</source>
        <translation>Den Schlüssel beim Server prüfen und das Profil speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel without saving</source>
        <translation>Abbrechen, ohne zu speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Welcome. To administer your organization&apos;s webhook endpoints, connect with an OptimalDial API key that has the scope webhooks:manage. You can add more organizations later, each as its own profile.</source>
        <translation>Willkommen. Um die Webhook-Endpunkte Ihrer Organisation zu verwalten, verbinden Sie sich mit einem OptimalDial-API-Schlüssel mit dem Scope webhooks:manage. Weitere Organisationen können Sie später hinzufügen, jede als eigenes Profil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add Profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A profile connects to one organization: give it a name and that organization&apos;s API key.</source>
        <translation>Ein Profil verbindet mit einer Organisation: Geben Sie ihm einen Namen und den API-Schlüssel dieser Organisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace API Key</source>
        <translation>API-Schlüssel ersetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the new API key for “%1”. It is checked with the server before it replaces the current key (%2…).</source>
        <extracomment>%2 is the beginning of the current key, or &quot;none&quot; (the next string) when there is none</extracomment>
        <translation>Fügen Sie den neuen API-Schlüssel für „%1“ ein. Er wird beim Server geprüft, bevor er den aktuellen Schlüssel (%2…) ersetzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <comment>no current key</comment>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key is kept in the system keychain, never in a file. Afterwards only its beginning (such as od_live_AbCd) is shown.</source>
        <translation>Der Schlüssel wird im Schlüsselbund des Systems aufbewahrt, nie in einer Datei. Danach wird nur sein Anfang (etwa od_live_AbCd) gezeigt.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the API key</source>
        <translation>Den API-Schlüssel verbergen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the key</source>
        <translation>Den Schlüssel verbergen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Show the key as you type it</source>
        <translation>Den Schlüssel bei der Eingabe anzeigen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Enter the API&apos;s base URL, normally %1.</source>
        <translation>Geben Sie die Basis-URL der API ein, normalerweise %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a full address such as %1.</source>
        <translation>Geben Sie eine vollständige Adresse wie %1 ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave out “%1”: the app adds /api/v1/webhooks itself.</source>
        <translation>Lassen Sie „%1“ weg: Die App fügt /api/v1/webhooks selbst an.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>It starts with “od_live_”; it was shown once, when the key was created.</source>
        <translation>Er beginnt mit „od_live_“; er wurde einmal angezeigt, als der Schlüssel erstellt wurde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key looks right (%1…). It is checked with the server when you save.</source>
        <translation>Der Schlüssel sieht richtig aus (%1…). Er wird beim Speichern mit dem Server geprüft.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Checking the key with %1…</source>
        <translation>Schlüssel wird bei %1 geprüft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server accepted the key. Storing it in the system keychain…</source>
        <translation>Der Server hat den Schlüssel akzeptiert. Er wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Use this key for this session only? It is kept in memory until you quit %1, never written to a file, and you will be asked for it again next time.</source>
        <translation>Diesen Schlüssel nur für diese Sitzung verwenden? Er bleibt im Arbeitsspeicher, bis Sie %1 beenden, wird nie in eine Datei geschrieben, und beim nächsten Mal werden Sie erneut danach gefragt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose Cancel to make the keychain available first, then try again.</source>
        <translation>Wählen Sie „Abbrechen“, um zuerst den Schlüsselbund verfügbar zu machen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System Keychain Unavailable</source>
        <translation>Schlüsselbund des Systems nicht verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use for This Session</source>
        <translation>Für diese &amp;Sitzung verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
</context>
<context>
    <name>ProfileEnrolment</name>
    <message>
        <location filename="../app/profiles/profileenrolment.cpp" line="+61"/>
        <source>The check was stopped. Nothing was saved.</source>
        <translation>Die Prüfung wurde angehalten. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The key was not saved.</source>
        <translation>Der Schlüssel wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../app/profiles/profilestore.cpp" line="+48"/>
        <source>Give the profile a name, for example the organization&apos;s name.</source>
        <translation>Geben Sie dem Profil einen Namen, zum Beispiel den Namen der Organisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long: at most %1 characters.</source>
        <translation>Der Name ist zu lang: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name cannot contain control characters.</source>
        <translation>Der Name darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Names that begin with “%1” are kept for signing secrets in the keychain.</source>
        <extracomment>%1 is a fixed prefix, e.g. &quot;webhook-secret/&quot;</extracomment>
        <translation>Namen, die mit „%1“ beginnen, sind für Signiergeheimnisse im Schlüsselbund reserviert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A profile named “%1” already exists.</source>
        <translation>Ein Profil namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>There is no profile named “%1”.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
</context>
<context>
    <name>Reactivation</name>
    <message numerus="yes">
        <location filename="../app/endpoints/reactivation.cpp" line="+9"/>
        <source>OptimalDial switched this endpoint off on %1 after %n consecutive failed deliveries.</source>
        <translation>
            <numerusform>OptimalDial hat diesen Endpunkt am %1 nach %n fehlgeschlagenen Zustellung abgeschaltet.</numerusform>
            <numerusform>OptimalDial hat diesen Endpunkt am %1 nach %n fehlgeschlagenen Zustellungen in Folge abgeschaltet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-activating it resets the failure counter to 0 and deliveries start again. If the receiver still fails, the server switches it off again after %1 failures in a row.</source>
        <translation>Beim Reaktivieren wird der Fehlerzähler auf 0 gesetzt, und die Zustellungen beginnen wieder. Schlägt der Empfänger weiter fehl, schaltet der Server ihn nach %1 Fehlschlägen in Folge erneut ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-activate the endpoint?</source>
        <translation>Den Endpunkt reaktivieren?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-activate Endpoint?</source>
        <translation>Endpunkt reaktivieren?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was sent: the endpoint stays switched off. Your edits are still here.</source>
        <translation>Es wurde nichts gesendet: Der Endpunkt bleibt abgeschaltet. Ihre Änderungen sind noch da.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving re-activates it and resets its failure counter; you will be asked to confirm.</source>
        <translation>Speichern reaktiviert ihn und setzt seinen Fehlerzähler zurück; Sie werden um Bestätigung gebeten.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The server switched this endpoint off on %1 after %n failed deliveries in a row. Tick Active to re-activate it.</source>
        <translation>
            <numerusform>Der Server hat diesen Endpunkt am %1 nach %n fehlgeschlagenen Zustellung abgeschaltet. Kreuzen Sie „Aktiv“ an, um ihn zu reaktivieren.</numerusform>
            <numerusform>Der Server hat diesen Endpunkt am %1 nach %n fehlgeschlagenen Zustellungen in Folge abgeschaltet. Kreuzen Sie „Aktiv“ an, um ihn zu reaktivieren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecentDeliveries</name>
    <message>
        <location filename="../app/endpoints/recentdeliveries.cpp" line="+87"/>
        <source>it lists deliveries of another endpoint (%1).</source>
        <translation>sie listet Zustellungen eines anderen Endpunkts auf (%1).</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <location filename="../app/domain/relativetime.cpp" line="+16"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n min ago</source>
        <extracomment>Relative time, minutes; keep it short, it is a table cell</extracomment>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n h ago</source>
        <extracomment>Relative time, hours; keep it short, it is a table cell</extracomment>
        <translation>
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveFailure</name>
    <message>
        <location filename="../app/endpoints/savefailure.cpp" line="+14"/>
        <source>What you entered is still here.</source>
        <translation>Ihre Eingaben sind noch da.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your edits are still here.</source>
        <translation>Ihre Änderungen sind noch da.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was created.</source>
        <translation>Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing was changed on the server.</source>
        <translation>Auf dem Server wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the server had already received the request, the endpoint may have been created anyway: refresh the list before you create it again.</source>
        <translation>Falls der Server die Anfrage schon erhalten hatte, wurde der Endpunkt vielleicht trotzdem erstellt: Aktualisieren Sie die Liste, bevor Sie ihn erneut erstellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the server had already received the change it may have been applied; Save checks the server&apos;s version first.</source>
        <translation>Falls der Server die Änderung schon erhalten hatte, wurde sie vielleicht übernommen; „Speichern“ prüft zuerst die Version des Servers.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server&apos;s reason is shown beside the field it concerns.</source>
        <translation>Den Grund des Servers sehen Sie neben dem betroffenen Feld.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server gave no reason (HTTP %1).</source>
        <translation>Der Server hat keinen Grund genannt (HTTP %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server said: “%1”</source>
        <translation>Der Server meldet: „%1“</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+8"/>
        <source>Request cancelled</source>
        <translation>Anfrage abgebrochen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The URL failed the test ping; nothing was created</source>
        <translation>Die URL hat den Test-Ping nicht bestanden; es wurde nichts erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new URL failed the test ping; nothing was saved</source>
        <translation>Die neue URL hat den Test-Ping nicht bestanden; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>If the server received the request before the problem, the endpoint may exist already: refresh the list before you press Create again.</source>
        <translation>Falls der Server die Anfrage vor dem Problem erhalten hat, gibt es den Endpunkt vielleicht schon: Aktualisieren Sie die Liste, bevor Sie erneut auf „Erstellen“ klicken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Save to try again.</source>
        <translation>Klicken Sie auf „Speichern“, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>SignatureCheck</name>
    <message>
        <location filename="../app/domain/signaturecheck.cpp" line="+43"/>
        <source>The header is empty.</source>
        <translation>Der Header ist leer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Part %1 (between commas) is empty.</source>
        <translation>Teil %1 (zwischen Kommas) ist leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part %1 is not key=value: it has no “=”.</source>
        <translation>Teil %1 ist nicht Schlüssel=Wert: Ihm fehlt das „=“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The timestamp after “t=” is not a Unix time in whole seconds (digits only).</source>
        <translation>Der Zeitstempel nach „t=“ ist keine Unix-Zeit in ganzen Sekunden (nur Ziffern).</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>v1 value %1 is not %2 hexadecimal characters (it has %n).</source>
        <translation>
            <numerusform>Der v1-Wert %1 hat nicht %2 Hexadezimalzeichen (er hat %n).</numerusform>
            <numerusform>Der v1-Wert %1 hat nicht %2 Hexadezimalzeichen (er hat %n).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Part %1 has no key before “=”.</source>
        <translation>Teil %1 hat keinen Schlüssel vor dem „=“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no timestamp (“t=”).</source>
        <translation>Es gibt keinen Zeitstempel („t=“).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>There are %n timestamps (“t=”); there must be one.</source>
        <translation>
            <numerusform>Es gibt %n Zeitstempel („t=“); es muss genau einer sein.</numerusform>
            <numerusform>Es gibt %n Zeitstempel („t=“); es muss genau einer sein.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no “v1=” signature.</source>
        <translation>Es gibt keine „v1=“-Signatur.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>exactly now</source>
        <translation>genau jetzt</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n Sek.</numerusform>
            <numerusform>%n Sek.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 before now</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 after now</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Valid: v1 signature %1 of %2 matches, signed %3.</source>
        <translation>Gültig: v1-Signatur %1 von %2 stimmt überein, signiert %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not checked: enter the signing secret.</source>
        <translation>Nicht geprüft: Geben Sie das Signiergeheimnis ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad header format: %1 Expected “t=&lt;Unix time&gt;,v1=&lt;64 hex characters&gt;”.</source>
        <translation>Falsches Header-Format: %1 Erwartet wird „t=&lt;Unix-Zeit&gt;,v1=&lt;64 Hexadezimalzeichen&gt;“.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Timestamp outside the %n-minute window: signed %1.</source>
        <translation>
            <numerusform>Zeitstempel außerhalb des Fensters von %n Minute: signiert %1.</numerusform>
            <numerusform>Zeitstempel außerhalb des Fensters von %n Minuten: signiert %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No matching v1 signature: the v1 value is not the HMAC-SHA256 of this timestamp and body with this secret.</source>
        <translation>Keine passende v1-Signatur: Der v1-Wert ist nicht der HMAC-SHA256 dieses Zeitstempels und Inhalts mit diesem Geheimnis.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>No matching v1 signature: none of the %n v1 values is the HMAC-SHA256 of this timestamp and body with this secret.</source>
        <translation>
            <numerusform>Keine passende v1-Signatur: Der %n v1-Wert ist nicht der HMAC-SHA256 dieses Zeitstempels und Inhalts mit diesem Geheimnis.</numerusform>
            <numerusform>Keine passende v1-Signatur: Keiner der %n v1-Werte ist der HMAC-SHA256 dieses Zeitstempels und Inhalts mit diesem Geheimnis.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secret is not %1 hexadecimal characters; check that it was copied whole.</source>
        <translation>Das Geheimnis hat nicht %1 Hexadezimalzeichen; prüfen Sie, ob es vollständig kopiert wurde.</translation>
    </message>
</context>
<context>
    <name>SignatureCheckerDialog</name>
    <message>
        <location filename="../ui/tools/signaturecheckerdialog.ui" line="+14"/>
        <source>Check a Webhook Signature</source>
        <translation>Webhook-Signatur prüfen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paste what your receiver got: the endpoint&apos;s signing secret, the X-OptimalDial-Signature header and the raw request body.</source>
        <translation>Fügen Sie ein, was Ihr Empfänger erhalten hat: das Signiergeheimnis des Endpunkts, den X-OptimalDial-Signature-Header und den unveränderten Inhalt der Anfrage.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signing &amp;secret:</source>
        <translation>Signier&amp;geheimnis:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Signing secret</source>
        <translation>Signiergeheimnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 64 hexadecimal characters shown once when the endpoint was created</source>
        <translation>Die 64 Hexadezimalzeichen, die beim Erstellen des Endpunkts einmal angezeigt wurden</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../ui/tools/signaturecheckerdialog.cpp" line="+32"/>
        <source>Sho&amp;w</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../ui/tools/signaturecheckerdialog.cpp" line="+1"/>
        <source>Show the signing secret</source>
        <translation>Das Signiergeheimnis anzeigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signature &amp;header:</source>
        <translation>Signatur-&amp;Header:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>t=1776945600,v1=8b5c766d…</source>
        <translation>t=1776945600,v1=8b5c766d…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>X-OptimalDial-Signature header</source>
        <translation>X-OptimalDial-Signature-Header</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Raw &amp;body:</source>
        <translation>&amp;Roher Inhalt:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Raw request body</source>
        <translation>Unveränderter Inhalt der Anfrage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The signature covers the exact bytes: paste the body as it was received, before any parsing or re-formatting. One changed space or line break changes the signature. Line breaks are taken as LF; the text as UTF-8.</source>
        <translation>Die Signatur gilt für die genauen Bytes: Fügen Sie den Inhalt so ein, wie er empfangen wurde, vor jedem Parsen oder Umformatieren. Ein geändertes Leerzeichen oder ein geänderter Zeilenumbruch ändert die Signatur. Zeilenumbrüche gelten als LF, der Text als UTF-8.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Result icon</source>
        <translation>Ergebnissymbol</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Result of the check</source>
        <translation>Ergebnis der Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/tools/signaturecheckerdialog.cpp" line="-10"/>
        <source>Chec&amp;k</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the signature</source>
        <translation>Die Signatur prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the signature checker</source>
        <translation>Die Signaturprüfung schließen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hi&amp;de</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the signing secret</source>
        <translation>Das Signiergeheimnis verbergen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not checked yet: fill in the three fields and press Check.</source>
        <translation>Noch nicht geprüft: Füllen Sie die drei Felder aus und klicken Sie auf „Prüfen“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not valid</source>
        <translation>Ungültig</translation>
    </message>
</context>
<context>
    <name>SigningSecretDialog</name>
    <message>
        <location filename="../ui/editor/signingsecretdialog.ui" line="+14"/>
        <source>Signing Secret</source>
        <translation>Signiergeheimnis</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Signing &amp;secret:</source>
        <translation>Signier&amp;geheimnis:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signing secret</source>
        <translation>Signiergeheimnis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy the signing secret</source>
        <translation>Das Signiergeheimnis kopieren</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Keep it in the system keychain</source>
        <translation>Im Schlüsselbund des Systems &amp;aufbewahren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the signing secret in the system keychain</source>
        <translation>Das Signiergeheimnis im Schlüsselbund des Systems aufbewahren</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>I have s&amp;tored the secret</source>
        <translation>Ich habe das Geheimnis ge&amp;sichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have stored the secret</source>
        <translation>Ich habe das Geheimnis gesichert</translation>
    </message>
    <message>
        <location filename="../ui/editor/signingsecretdialog.cpp" line="+29"/>
        <source>Signing Secret of the New Endpoint</source>
        <translation>Signiergeheimnis des neuen Endpunkts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The endpoint %1 was created. Receivers use its signing secret to check the X-OptimalDial-Signature header of every delivery.</source>
        <translation>Der Endpunkt %1 wurde erstellt. Empfänger prüfen mit seinem Signiergeheimnis den X-OptimalDial-Signature-Header jeder Zustellung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the only time the secret is shown: OptimalDial cannot show it again. If it is lost, delete the endpoint and create a new one.</source>
        <translation>Das Geheimnis wird nur dieses eine Mal angezeigt: OptimalDial kann es nicht erneut anzeigen. Geht es verloren, löschen Sie den Endpunkt und erstellen Sie einen neuen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select it, or press Copy</source>
        <translation>Markieren Sie es, oder klicken Sie auf „Kopieren“</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Copy the secret; the clipboard is cleared after %n second(s) if it still holds it</source>
        <translation>
            <numerusform>Das Geheimnis kopieren; die Zwischenablage wird nach %n Sekunde geleert, wenn sie es noch enthält</numerusform>
            <numerusform>Das Geheimnis kopieren; die Zwischenablage wird nach %n Sekunden geleert, wenn sie es noch enthält</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stored under this endpoint&apos;s id; the details pane can copy it later, and deleting the endpoint removes it.</source>
        <translation>Unter der ID dieses Endpunkts gespeichert; der Detailbereich kann es später kopieren, und das Löschen des Endpunkts entfernt es.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick “I have stored the secret” first</source>
        <translation>Kreuzen Sie zuerst „Ich habe das Geheimnis gesichert“ an</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Copied. The clipboard is cleared in %n second(s) if it still holds the secret.</source>
        <translation>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunde geleert, wenn sie das Geheimnis noch enthält.</numerusform>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunden geleert, wenn sie das Geheimnis noch enthält.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Kept in the system keychain. The details pane offers “Copy signing secret” for this endpoint.</source>
        <translation>Im Schlüsselbund des Systems aufbewahrt. Der Detailbereich bietet für diesen Endpunkt „Signiergeheimnis kopieren“ an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed from the system keychain.</source>
        <translation>Aus dem Schlüsselbund des Systems entfernt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Close Without the Secret?</source>
        <translation>Ohne das Geheimnis schließen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have not copied the signing secret or confirmed that you stored it. It cannot be shown again. Close anyway?</source>
        <translation>Sie haben das Signiergeheimnis weder kopiert noch bestätigt, dass Sie es gesichert haben. Es kann nicht erneut angezeigt werden. Trotzdem schließen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close &amp;Anyway</source>
        <translation>&amp;Trotzdem schließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Back to the Secret</source>
        <translation>&amp;Zurück zum Geheimnis</translation>
    </message>
</context>
<context>
    <name>SigningSecrets</name>
    <message>
        <location filename="../app/credentials/signingsecrets.cpp" line="+23"/>
        <source>No system keychain is available (on Linux: no Secret Service such as GNOME Keyring or KWallet is running).</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar (unter Linux: kein Secret Service wie GNOME Keyring oder KWallet läuft).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keychain refused access: it may be locked, or the request was declined.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert: Er ist vielleicht gesperrt, oder die Anfrage wurde abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keychain reported an error.</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The signing secret could not be kept.</source>
        <translation>Das Signiergeheimnis konnte nicht aufbewahrt werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The signing secret could not be kept in the system keychain.</source>
        <translation>Das Signiergeheimnis konnte nicht im Schlüsselbund des Systems aufbewahrt werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The signing secret could not be read.</source>
        <translation>Das Signiergeheimnis konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The signing secret could not be read from the system keychain.</source>
        <translation>Das Signiergeheimnis konnte nicht aus dem Schlüsselbund des Systems gelesen werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The kept signing secret could not be removed.</source>
        <translation>Das aufbewahrte Signiergeheimnis konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The kept signing secret could not be removed from the system keychain.</source>
        <translation>Das aufbewahrte Signiergeheimnis konnte nicht aus dem Schlüsselbund des Systems entfernt werden.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../ui/tray/trayicon.cpp" line="+22"/>
        <source>&amp;Show</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n endpoint(s) failing</source>
        <translation>
            <numerusform>%n Endpunkt fehlerhaft</numerusform>
            <numerusform>%n Endpunkte fehlerhaft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n endpoint(s) disabled by the server</source>
        <translation>
            <numerusform>%n Endpunkt vom Server abgeschaltet</numerusform>
            <numerusform>%n Endpunkte vom Server abgeschaltet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../app/domain/validation.cpp" line="+10"/>
        <source>Enter the URL that OptimalDial should call.</source>
        <translation>Geben Sie die URL ein, die OptimalDial aufrufen soll.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The URL must not contain spaces.</source>
        <translation>Die URL darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a valid URL: it should look like https://example.com/webhooks.</source>
        <translation>Das ist keine gültige URL: Sie sollte wie https://example.com/webhooks aussehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL must start with https:// (OptimalDial only calls encrypted endpoints).</source>
        <translation>Die URL muss mit https:// beginnen (OptimalDial ruft nur verschlüsselte Endpunkte auf).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL must name a host, as in https://example.com/webhooks.</source>
        <translation>Die URL muss einen Host nennen, wie in https://example.com/webhooks.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL must not contain a user name or password; put credentials in the receiver instead.</source>
        <translation>Die URL darf keinen Benutzernamen und kein Passwort enthalten; hinterlegen Sie Zugangsdaten stattdessen beim Empfänger.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OptimalDial cannot call %1: it is this computer (loopback), not a public address.</source>
        <translation>OptimalDial kann %1 nicht aufrufen: Das ist dieser Computer (Loopback), keine öffentliche Adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OptimalDial cannot call %1: it is a private network address, not reachable from the internet.</source>
        <translation>OptimalDial kann %1 nicht aufrufen: Das ist eine private Netzwerkadresse, aus dem Internet nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OptimalDial cannot call %1: it is a link-local address, not reachable from the internet.</source>
        <translation>OptimalDial kann %1 nicht aufrufen: Das ist eine Link-Local-Adresse, aus dem Internet nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OptimalDial cannot call %1: it is a reserved address, not a public one.</source>
        <translation>OptimalDial kann %1 nicht aufrufen: Das ist eine reservierte Adresse, keine öffentliche.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The description is %1 characters long; the limit is %2.</source>
        <translation>Die Beschreibung ist %1 Zeichen lang; erlaubt sind %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose at least one event to send to this endpoint.</source>
        <translation>Wählen Sie mindestens ein Ereignis, das an diesen Endpunkt gesendet wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The event selection contains an unknown event type.</source>
        <translation>Die Auswahl der Ereignisse enthält einen unbekannten Ereignistyp.</translation>
    </message>
</context>
<context>
    <name>WatchSummary</name>
    <message numerus="yes">
        <location filename="../app/watch/watchsummary.cpp" line="+31"/>
        <source>%n endpoint(s) changed state</source>
        <translation>
            <numerusform>%n Endpunkt hat seinen Zustand geändert</numerusform>
            <numerusform>%n Endpunkte haben ihren Zustand geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n endpoint(s) recovered</source>
        <translation>
            <numerusform>%n Endpunkt ist wieder intakt</numerusform>
            <numerusform>%n Endpunkte sind wieder intakt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Endpoint disabled by the server</source>
        <translation>Endpunkt vom Server abgeschaltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was switched off after failing too often. Fix the receiver, then enable it again.</source>
        <translation>%1 wurde nach zu vielen Fehlschlägen abgeschaltet. Beheben Sie das Problem beim Empfänger und schalten Sie den Endpunkt dann wieder ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endpoint close to being disabled</source>
        <translation>Endpunkt kurz vor der Abschaltung</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 has failed %n time(s) in a row; the server disables it at %2.</source>
        <extracomment>%n failures now; %1 the URL; %2 the number at which the server disables it</extracomment>
        <translation>
            <numerusform>%1 ist %n Mal in Folge fehlgeschlagen; der Server schaltet ihn bei %2 ab.</numerusform>
            <numerusform>%1 ist %n Mal in Folge fehlgeschlagen; der Server schaltet ihn bei %2 ab.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Endpoint failing</source>
        <translation>Endpunkt schlägt fehl</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Deliveries to %1 are failing (%n in a row).</source>
        <translation>
            <numerusform>Zustellungen an %1 schlagen fehl (%n in Folge).</numerusform>
            <numerusform>Zustellungen an %1 schlagen fehl (%n in Folge).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endpoint recovered</source>
        <translation>Endpunkt wieder intakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 receives deliveries again.</source>
        <translation>%1 erhält wieder Zustellungen.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Disabled by the server: %n</source>
        <translation>
            <numerusform>Vom Server abgeschaltet: %n</numerusform>
            <numerusform>Vom Server abgeschaltet: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>At %1 or more failures in a row: %n</source>
        <extracomment>%n endpoints; %1 the user&apos;s failure threshold</extracomment>
        <translation>
            <numerusform>Bei %1 oder mehr Fehlschlägen in Folge: %n</numerusform>
            <numerusform>Bei %1 oder mehr Fehlschlägen in Folge: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Started failing: %n</source>
        <translation>
            <numerusform>Neu fehlerhaft: %n</numerusform>
            <numerusform>Neu fehlerhaft: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Recovered: %n</source>
        <translation>
            <numerusform>Wieder intakt: %n</numerusform>
            <numerusform>Wieder intakt: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: disabled</source>
        <extracomment>one line of a list: the URL, then what happened</extracomment>
        <translation>%1: abgeschaltet</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n failure(s) in a row</source>
        <translation>
            <numerusform>%1: %n Fehlschlag in Folge</numerusform>
            <numerusform>%1: %n Fehlschläge in Folge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: failing (%n in a row)</source>
        <translation>
            <numerusform>%1: fehlerhaft (%n in Folge)</numerusform>
            <numerusform>%1: fehlerhaft (%n in Folge)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: recovered</source>
        <translation>%1: wieder intakt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="+37"/>
        <source>Open the profile &lt;name&gt;.</source>
        <translation>Das Profil &lt;name&gt; öffnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the API at &lt;url&gt; for this run (https; http only to localhost).</source>
        <translation>Für diesen Lauf die API unter &lt;url&gt; verwenden (https; http nur zu localhost).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep this run&apos;s settings (profiles, window) in &lt;folder&gt; instead of the user&apos;s own, e.g. for a demo.</source>
        <translation>Die Einstellungen dieses Laufs (Profile, Fenster) in &lt;folder&gt; statt in denen des Benutzers speichern, z. B. für eine Demo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Administer the webhook endpoints of your organization on the OptimalDial API.
For scripted and demo runs the API key may come from the environment variable OPTIMALDIAL_API_KEY (used for this session, never stored); never from the command line.</source>
        <translation>Die Webhook-Endpunkte Ihrer Organisation über die OptimalDial-API verwalten.
Für Skript- und Demoläufe kann der API-Schlüssel aus der Umgebungsvariablen OPTIMALDIAL_API_KEY kommen (nur für diese Sitzung verwendet, nie gespeichert); nie von der Befehlszeile.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 is not a folder this program can write to.</source>
        <translation>%1 ist kein Ordner, in den dieses Programm schreiben kann.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 does not hold an OptimalDial API key, so it was not used: %2</source>
        <translation>%1 enthält keinen API-Schlüssel von OptimalDial und wurde daher nicht verwendet: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is already running: its window was brought to the front.</source>
        <translation>%1 läuft bereits: Sein Fenster wurde nach vorn geholt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The base URL and the API key of this launch were not used: quit the running app first to start with them.</source>
        <translation>Die Basis-URL und der API-Schlüssel dieses Aufrufs wurden nicht verwendet: Beenden Sie zuerst die laufende Anwendung, um mit ihnen zu starten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is already running (process %2) but does not answer. Quit it or end that process, then start again.</source>
        <translation>%1 läuft bereits (Prozess %2), antwortet aber nicht. Beenden Sie die Anwendung oder diesen Prozess und starten Sie dann erneut.</translation>
    </message>
</context>
</TS>
