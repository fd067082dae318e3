<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AuthorizeRequest</name>
    <message>
        <source>no sign-in was started. Start the sign-in again.</source>
        <translation>Es wurde keine Anmeldung gestartet. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>that is not the address CareLink sends back after signing in (it starts with %1).</source>
        <translation>Das ist nicht die Adresse, die CareLink nach der Anmeldung zurückgibt (sie beginnt mit %1).</translation>
    </message>
    <message>
        <source>CareLink did not complete the sign-in (%1). Try again.</source>
        <translation>CareLink hat die Anmeldung nicht abgeschlossen (%1). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>this sign-in answer does not belong to the sign-in Nightbridge started. Start the sign-in again.</source>
        <translation>Diese Anmeldeantwort gehört nicht zu der von Nightbridge gestarteten Anmeldung. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>the answer carries no sign-in code. Start the sign-in again.</source>
        <translation>Die Antwort enthält keinen Anmeldecode. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>the sign-in code has expired or was already used. Sign in again.</source>
        <translation>Der Anmeldecode ist abgelaufen oder wurde bereits verwendet. Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>The autostart entry has no valid name.</source>
        <translation>Der Autostart-Eintrag hat keinen gültigen Namen.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The application path is unknown.</source>
        <translation>Der Programmpfad ist unbekannt.</translation>
    </message>
    <message>
        <source>Cannot change the Windows start-up entry.</source>
        <translation>Der Windows-Autostart-Eintrag kann nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>BackfillEta</name>
    <message>
        <source>less than a minute left</source>
        <translation>weniger als eine Minute übrig</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>noch etwa %n Min.</numerusform>
            <numerusform>noch etwa %n Min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareLinkErrors</name>
    <message>
        <source>CareLink refused access even after renewing the sign-in. Check that the CareLink account (and its link to the patient) is still active.</source>
        <translation>CareLink hat den Zugriff auch nach Erneuerung der Anmeldung verweigert. Prüfen Sie, ob das CareLink-Konto (und seine Verknüpfung mit dem Patienten) noch aktiv ist.</translation>
    </message>
    <message>
        <source>Unknown CareLink feature &quot;%1&quot;. Known: %2.</source>
        <translation>Unbekannte CareLink-Funktion „%1“. Bekannt: %2.</translation>
    </message>
    <message>
        <source>CareLink answered in a way Nightbridge does not understand (the vendor may have changed something). If this persists, look for an update of Nightbridge.</source>
        <translation>CareLink hat auf eine Weise geantwortet, die Nightbridge nicht versteht (der Hersteller hat möglicherweise etwas geändert). Falls das anhält, suchen Sie nach einer neuen Version von Nightbridge.</translation>
    </message>
    <message>
        <source>CareLink sign-in needed: sign in again in the browser. Remember that each app needs its own CareLink follower account, because signing in elsewhere ends this session.</source>
        <translation>CareLink-Anmeldung erforderlich: Melden Sie sich im Browser erneut an. Denken Sie daran, dass jede App ein eigenes CareLink-Follower-Konto braucht, denn eine Anmeldung an anderer Stelle beendet diese Sitzung.</translation>
    </message>
    <message>
        <source>CareLink requires a newer app version (Nightbridge sent %1); update Nightbridge or raise the CareLink app version in the settings.</source>
        <translation>CareLink verlangt eine neuere App-Version (Nightbridge hat %1 gesendet). Aktualisieren Sie Nightbridge oder erhöhen Sie die CareLink-App-Version in den Einstellungen.</translation>
    </message>
    <message>
        <source>CareLink sign-in failed: %1</source>
        <translation>CareLink-Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>CareLink&apos;s sign-in service blocked the request for now (HTTP %1, perhaps a firewall). Nightbridge keeps the sign-in and tries again later.</source>
        <translation>Der Anmeldedienst von CareLink hat die Anfrage vorerst blockiert (HTTP %1, vielleicht eine Firewall). Nightbridge behält die Anmeldung und versucht es später erneut.</translation>
    </message>
    <message>
        <source>CareLink&apos;s sign-in service answered in a way Nightbridge does not understand (HTTP %1; the vendor may have changed something). Nightbridge keeps the sign-in and tries again later.</source>
        <translation>Der Anmeldedienst von CareLink hat so geantwortet, wie Nightbridge es nicht versteht (HTTP %1; der Hersteller hat vielleicht etwas geändert). Nightbridge behält die Anmeldung und versucht es später erneut.</translation>
    </message>
    <message>
        <source>CareLink blocked the request for now (HTTP %1, perhaps a firewall). Nightbridge keeps the sign-in and tries again later.</source>
        <translation>CareLink hat die Anfrage vorerst blockiert (HTTP %1, vielleicht eine Firewall). Nightbridge behält die Anmeldung und versucht es später erneut.</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Usage: nightbridge-cli [global options] &lt;command&gt; [options]

Syncs Medtronic CareLink and Tandem Source data to Nightscout.

Commands:
</source>
        <translation>Aufruf: nightbridge-cli [globale Optionen] &lt;Befehl&gt; [Optionen]

Synchronisiert Daten aus Medtronic CareLink und Tandem Source mit Nightscout.

Befehle:
</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run `nightbridge-cli --help` for the list.</source>
        <translation>Unbekannter Befehl „%1“. Mit `nightbridge-cli --help` erhalten Sie die Liste.</translation>
    </message>
    <message>
        <source>
Global options (anywhere on the line):
  --config DIR     keep settings, state, logs (and the opt-in credential file) in DIR
                   (also NIGHTBRIDGE_CONFIG_DIR; default: the user&apos;s config and data folders)
  --account A      work on these accounts only (repeat, or A,B)
  --features LIST  what to upload this time: vendor feature names, comma- or space-separated
                   (--features BASAL,BOLUS or, as tconnectsync takes them, --features BASAL BOLUS)
  --pretend        fetch and convert, but upload nothing and change no state
  -v, --verbose    log to standard error too (the log file is under the data folder)
  --demo           the real engine against built-in fake CareLink and Tandem services
  --help, -h       this help, or `nightbridge-cli help &lt;command&gt;`
  --version        the version

tconnectsync&apos;s options work too: --auto-update (= sync --auto-update), --check-login
(= check-login), --start-date D --end-date D / --days N (= backfill), --pretend, --features.
Without a command, those flags run one sync pass as tconnectsync did.

Environment (containers): NS_URL, NS_SECRET or NS_TOKEN; TCONNECT_EMAIL, TCONNECT_PASSWORD,
TCONNECT_REGION, TIMEZONE_NAME, PUMP_SERIAL_NUMBER; CARELINK_COUNTRY, CARELINK_REGION,
CARELINK_PATIENT; NIGHTBRIDGE_CONFIG_DIR, NIGHTBRIDGE_CREDENTIAL_STORE=file.

Exit codes: 0 ok, 1 failure, 2 usage, 3 configuration, 4 authentication (sign-in refused or
needed), 5 network or server unavailable (try again later), 6 unexpected data (the vendor
changed something, or a malformed input file), 7 keychain or local storage, 8 another
Nightbridge process is syncing, 130 cancelled.
</source>
        <translation>
Globale Optionen (überall in der Befehlszeile):
  --config DIR     Einstellungen, Status, Protokolle (und die optionale Zugangsdatendatei) in DIR ablegen
                   (auch NIGHTBRIDGE_CONFIG_DIR; Standard: die Konfigurations- und Datenordner des Benutzers)
  --account A      nur diese Konten bearbeiten (wiederholbar, oder A,B)
  --features LIST  was diesmal hochgeladen wird: Funktionsnamen des Herstellers, durch Komma oder Leerzeichen getrennt
                   (--features BASAL,BOLUS oder, wie bei tconnectsync, --features BASAL BOLUS)
  --pretend        abrufen und umwandeln, aber nichts hochladen und keinen Status ändern
  -v, --verbose    auch auf die Standardfehlerausgabe protokollieren (die Protokolldatei liegt im Datenordner)
  --demo           die echte Synchronisation gegen eingebaute simulierte CareLink- und Tandem-Dienste
  --help, -h       diese Hilfe, oder `nightbridge-cli help &lt;Befehl&gt;`
  --version        die Version

Die Optionen von tconnectsync funktionieren ebenfalls: --auto-update (= sync --auto-update), --check-login
(= check-login), --start-date D --end-date D / --days N (= backfill), --pretend, --features.
Ohne Befehl führen diese Optionen einen Synchronisationsdurchlauf aus, wie bei tconnectsync.

Umgebungsvariablen (Container): NS_URL, NS_SECRET oder NS_TOKEN; TCONNECT_EMAIL, TCONNECT_PASSWORD,
TCONNECT_REGION, TIMEZONE_NAME, PUMP_SERIAL_NUMBER; CARELINK_COUNTRY, CARELINK_REGION,
CARELINK_PATIENT; NIGHTBRIDGE_CONFIG_DIR, NIGHTBRIDGE_CREDENTIAL_STORE=file.

Exit-Codes: 0 OK, 1 Fehler, 2 Aufruf, 3 Konfiguration, 4 Authentifizierung (Anmeldung abgelehnt oder
erforderlich), 5 Netzwerk oder Server nicht erreichbar (später erneut versuchen), 6 unerwartete Daten (der
Hersteller hat etwas geändert, oder eine fehlerhafte Eingabedatei), 7 Schlüsselbund oder lokaler Speicher,
8 ein anderer Nightbridge-Prozess synchronisiert gerade, 130 abgebrochen.
</translation>
    </message>
    <message>
        <source>
When something does not work, `nightbridge-cli doctor` checks everything in one go.

Running it regularly (replace the path with where nightbridge-cli is installed):
  cron (crontab -e), every 5 minutes:
    */5 * * * * /usr/local/bin/nightbridge-cli sync --once &gt;/dev/null 2&gt;&amp;1
  systemd user timer: ~/.config/systemd/user/nightbridge.service with
    [Service]
    Type=oneshot
    ExecStart=/usr/local/bin/nightbridge-cli sync --once
  and ~/.config/systemd/user/nightbridge.timer with
    [Timer]
    OnBootSec=2min
    OnUnitActiveSec=5min
    [Install]
    WantedBy=timers.target
  then: systemctl --user enable --now nightbridge.timer
  Windows Task Scheduler, every 5 minutes:
    schtasks /create /tn Nightbridge /sc minute /mo 5 /tr &quot;\&quot;C:\Program Files\Nightbridge\nightbridge-cli.exe\&quot; sync --once&quot;
</source>
        <translation>
Wenn etwas nicht funktioniert, prüft `nightbridge-cli doctor` alles auf einmal.

Regelmäßig ausführen (ersetzen Sie den Pfad durch den Ort, an dem nightbridge-cli installiert ist):
  cron (crontab -e), alle 5 Minuten:
    */5 * * * * /usr/local/bin/nightbridge-cli sync --once &gt;/dev/null 2&gt;&amp;1
  systemd-Benutzer-Timer: ~/.config/systemd/user/nightbridge.service mit
    [Service]
    Type=oneshot
    ExecStart=/usr/local/bin/nightbridge-cli sync --once
  und ~/.config/systemd/user/nightbridge.timer mit
    [Timer]
    OnBootSec=2min
    OnUnitActiveSec=5min
    [Install]
    WantedBy=timers.target
  dann: systemctl --user enable --now nightbridge.timer
  Windows-Aufgabenplanung, alle 5 Minuten:
    schtasks /create /tn Nightbridge /sc minute /mo 5 /tr &quot;\&quot;C:\Program Files\Nightbridge\nightbridge-cli.exe\&quot; sync --once&quot;
</translation>
    </message>
</context>
<context>
    <name>ClockSkew</name>
    <message numerus="yes">
        <source>Your computer&apos;s clock is %n minute(s) off (ahead of %1). Set the correct date and time (automatic time); Nightbridge keeps the sign-in and tries again.</source>
        <translation>
            <numerusform>Die Uhr dieses Computers geht %n Minute falsch (vor gegenüber %1). Stellen Sie Datum und Uhrzeit richtig ein (automatische Uhrzeit); Nightbridge behält die Anmeldung und versucht es erneut.</numerusform>
            <numerusform>Die Uhr dieses Computers geht %n Minuten falsch (vor gegenüber %1). Stellen Sie Datum und Uhrzeit richtig ein (automatische Uhrzeit); Nightbridge behält die Anmeldung und versucht es erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your computer&apos;s clock is %n minute(s) off (behind %1). Set the correct date and time (automatic time); Nightbridge keeps the sign-in and tries again.</source>
        <translation>
            <numerusform>Die Uhr dieses Computers geht %n Minute falsch (nach gegenüber %1). Stellen Sie Datum und Uhrzeit richtig ein (automatische Uhrzeit); Nightbridge behält die Anmeldung und versucht es erneut.</numerusform>
            <numerusform>Die Uhr dieses Computers geht %n Minuten falsch (nach gegenüber %1). Stellen Sie Datum und Uhrzeit richtig ein (automatische Uhrzeit); Nightbridge behält die Anmeldung und versucht es erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvertCommand</name>
    <message>
        <source>Convert a saved vendor response to Nightscout JSON (offline)</source>
        <translation>Eine gespeicherte Herstellerantwort in Nightscout-JSON umwandeln (offline)</translation>
    </message>
    <message>
        <source>convert needs --source and --input.</source>
        <translation>convert benötigt --source und --input.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Unknown source &quot;%1&quot;: use tandem or carelink.</source>
        <translation>Unbekannte Quelle „%1“: Verwenden Sie tandem oder carelink.</translation>
    </message>
    <message>
        <source>Usage: nightbridge-cli convert --source tandem|carelink --input FILE [options]

Reads a saved vendor response and prints the Nightscout documents Nightbridge would
upload for it, as {&quot;entries&quot;:[], &quot;treatments&quot;:[], &quot;devicestatus&quot;:[], &quot;profile&quot;:[]}.

Options:
  --source S       tandem or carelink
  --input FILE     the saved response (&quot;-&quot; for standard input)
  --timezone ZONE  IANA time zone of the pump clock (tandem; default: this computer&apos;s)
  --features LIST  comma-separated features to convert (default: the source&apos;s defaults)
  --end TIME       tandem: where the last basal ends, as a sync&apos;s &quot;now&quot; (ISO 8601;
                   default: the time of the newest record in the input)
  --compact        one-line JSON
</source>
        <translation>Aufruf: nightbridge-cli convert --source tandem|carelink --input DATEI [Optionen]

Liest eine gespeicherte Herstellerantwort und gibt die Nightscout-Dokumente aus, die Nightbridge
dafür hochladen würde, als {&quot;entries&quot;:[], &quot;treatments&quot;:[], &quot;devicestatus&quot;:[], &quot;profile&quot;:[]}.

Optionen:
  --source S       tandem oder carelink
  --input DATEI    die gespeicherte Antwort („-“ für die Standardeingabe)
  --timezone ZONE  IANA-Zeitzone der Pumpenuhr (tandem; Standard: die dieses Computers)
  --features LIST  kommagetrennte Funktionen, die umgewandelt werden (Standard: die der Quelle)
  --end ZEIT       tandem: wo die letzte Basalrate endet, wie das „jetzt“ einer Synchronisierung (ISO 8601;
                   Standard: die Zeit des neuesten Eintrags der Eingabe)
  --compact        einzeiliges JSON
</translation>
    </message>
</context>
<context>
    <name>GlucoseDisplay</name>
    <message>
        <source>urgent low</source>
        <translation>sehr niedrig</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>in range</source>
        <translation>im Zielbereich</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>urgent high</source>
        <translation>sehr hoch</translation>
    </message>
    <message>
        <source>mmol/L</source>
        <translation>mmol/L</translation>
    </message>
    <message>
        <source>mg/dL</source>
        <translation>mg/dL</translation>
    </message>
    <message>
        <source>rising fast</source>
        <translation>steigt schnell</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>steigt</translation>
    </message>
    <message>
        <source>rising slowly</source>
        <translation>steigt langsam</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>stabil</translation>
    </message>
    <message>
        <source>falling slowly</source>
        <translation>fällt langsam</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>fällt</translation>
    </message>
    <message>
        <source>falling fast</source>
        <translation>fällt schnell</translation>
    </message>
    <message>
        <source>trend unknown</source>
        <translation>Trend unbekannt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min ago</source>
        <translation>vor %1 Std. %2 Min.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n Min.</numerusform>
            <numerusform>in %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation>in %1 Std. %2 Min.</translation>
    </message>
</context>
<context>
    <name>HttpErrors</name>
    <message>
        <source>Cannot find %1&apos;s server. Check the address and your internet connection.</source>
        <translation>Der Server von %1 wurde nicht gefunden. Prüfen Sie die Adresse und Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>%1 refused the connection. The server may be down; Nightbridge will try again.</source>
        <translation>%1 hat die Verbindung abgelehnt. Der Server ist möglicherweise nicht erreichbar; Nightbridge versucht es erneut.</translation>
    </message>
    <message>
        <source>The connection to %1 was interrupted. Nightbridge will try again.</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen. Nightbridge versucht es erneut.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted. Check the address; if it is right, the site&apos;s certificate needs fixing.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: Das Zertifikat ist nicht vertrauenswürdig. Prüfen Sie die Adresse; ist sie richtig, muss das Zertifikat der Website korrigiert werden.</translation>
    </message>
    <message>
        <source>%1 reported an unknown error. Nightbridge will try again.</source>
        <translation>%1 hat einen unbekannten Fehler gemeldet. Nightbridge versucht es erneut.</translation>
    </message>
    <message>
        <source>%1 tried to redirect a secure connection to an insecure one. Nightbridge refused for your safety.</source>
        <translation>%1 wollte eine sichere Verbindung auf eine unsichere umleiten. Nightbridge hat das zu Ihrer Sicherheit abgelehnt.</translation>
    </message>
    <message>
        <source>%1 keeps redirecting. Check the address.</source>
        <translation>%1 leitet immer wieder um. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 answered in a way Nightbridge does not understand.</source>
        <translation>%1 hat auf eine Weise geantwortet, die Nightbridge nicht versteht.</translation>
    </message>
    <message>
        <source>Could not reach %1. Nightbridge will try again.</source>
        <translation>%1 ist nicht erreichbar. Nightbridge versucht es erneut.</translation>
    </message>
    <message>
        <source>%1 refused the credentials. Check them in the settings.</source>
        <translation>%1 hat die Zugangsdaten abgelehnt. Prüfen Sie sie in den Einstellungen.</translation>
    </message>
    <message>
        <source>%1 took too long to answer. Nightbridge will try again.</source>
        <translation>%1 hat zu lange für die Antwort gebraucht. Nightbridge versucht es erneut.</translation>
    </message>
    <message>
        <source>%1 asks Nightbridge to slow down. It will try again later.</source>
        <translation>%1 bittet Nightbridge, langsamer zu werden. Nightbridge versucht es später erneut.</translation>
    </message>
    <message>
        <source>%1 has a problem (server error %2). Nightbridge will try again.</source>
        <translation>%1 hat ein Problem (Serverfehler %2). Nightbridge versucht es erneut.</translation>
    </message>
    <message>
        <source>%1 does not know this address (404). Check the URL in the settings.</source>
        <translation>%1 kennt diese Adresse nicht (404). Prüfen Sie die URL in den Einstellungen.</translation>
    </message>
    <message>
        <source>%1 refused the upload as too large.</source>
        <translation>%1 hat den Upload als zu groß abgelehnt.</translation>
    </message>
    <message>
        <source>%1 rejected a request (HTTP %2). This may mean the service changed; see the log for details.</source>
        <translation>%1 hat eine Anfrage abgelehnt (HTTP %2). Möglicherweise hat sich der Dienst geändert; Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>%1 answered unexpectedly (HTTP %2).</source>
        <translation>%1 hat unerwartet geantwortet (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Nightbridge will try again.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Nightbridge versucht es erneut.</translation>
    </message>
    <message>
        <source>Cannot find %1&apos;s server. Check your internet connection.</source>
        <translation>Der Server von %1 wurde nicht gefunden. Prüfen Sie Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>%1 refused the connection. The server may be down; try again later.</source>
        <translation>%1 hat die Verbindung abgelehnt. Der Server ist vielleicht nicht erreichbar; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The connection to %1 was interrupted. Try again.</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted. A proxy or filter on your network may be in the way.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: Das Zertifikat ist nicht vertrauenswürdig. Ein Proxy oder Filter in Ihrem Netzwerk könnte dazwischen sein.</translation>
    </message>
    <message>
        <source>%1 reported an unknown error. Try again later.</source>
        <translation>%1 hat einen unbekannten Fehler gemeldet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 keeps redirecting.</source>
        <translation>%1 leitet immer wieder um.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check your internet connection and try again.</source>
        <translation>%1 ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 took too long to answer. Try again later.</source>
        <translation>%1 hat zu lange für die Antwort gebraucht. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 asks Nightbridge to slow down. Wait a few minutes before testing again.</source>
        <translation>%1 bittet Nightbridge, langsamer zu machen. Warten Sie einige Minuten, bevor Sie erneut testen.</translation>
    </message>
    <message>
        <source>%1 has a problem (server error %2). Try again later.</source>
        <translation>%1 hat ein Problem (Serverfehler %2). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Try again later.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2 MB. Nightbridge stopped reading it; the server or something between you and it is misbehaving.</source>
        <translation>%1 hat eine Antwort größer als %2 MB gesendet. Nightbridge hat das Lesen abgebrochen; der Server oder etwas zwischen Ihnen und ihm verhält sich fehlerhaft.</translation>
    </message>
    <message>
        <source>%1 tried to send your data on to another server. Nightbridge refused.</source>
        <translation>%1 wollte Ihre Daten an einen anderen Server weiterleiten. Nightbridge hat das abgelehnt.</translation>
    </message>
</context>
<context>
    <name>NightscoutCommand</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Test the Nightscout connection, or upload a JSON file to it</source>
        <translation>Die Nightscout-Verbindung testen oder eine JSON-Datei hochladen</translation>
    </message>
    <message>
        <source>--batch-size needs a positive number.</source>
        <translation>--batch-size benötigt eine positive Zahl.</translation>
    </message>
    <message>
        <source>No Nightscout address: use --url or set NS_URL.</source>
        <translation>Keine Nightscout-Adresse: Verwenden Sie --url oder setzen Sie NS_URL.</translation>
    </message>
    <message>
        <source>Cannot read the secret file: %1</source>
        <translation>Die Secret-Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Site:              %1</source>
        <translation>Website:            %1</translation>
    </message>
    <message>
        <source>Nightscout:        %1</source>
        <translation>Nightscout:         %1</translation>
    </message>
    <message>
        <source>Units:             %1</source>
        <translation>Einheiten:          %1</translation>
    </message>
    <message>
        <source>API enabled:       %1</source>
        <translation>API aktiviert:      %1</translation>
    </message>
    <message>
        <source>Careportal:        %1</source>
        <translation>Careportal:         %1</translation>
    </message>
    <message>
        <source>Write permission:  %1</source>
        <translation>Schreibberechtigung: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Connection OK.</source>
        <translation>Verbindung in Ordnung.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>Die Datei muss genau ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>unexpected structure</source>
        <translation>unerwartete Struktur</translation>
    </message>
    <message>
        <source>%1 is not a Nightscout batch: %2</source>
        <translation>%1 ist kein Nightscout-Stapel: %2</translation>
    </message>
    <message>
        <source>Upload failed: %1</source>
        <translation>Upload fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Uploaded %1 documents (%2 unchanged, %3 left to other uploaders, %4 refused) in %5 requests.</source>
        <translation>%1 Dokumente hochgeladen (%2 unverändert, %3 anderen Uploadern überlassen, %4 abgelehnt) in %5 Anfragen.</translation>
    </message>
    <message>
        <source>Usage:
  nightbridge-cli nightscout check [options]
  nightbridge-cli nightscout upload FILE [--pretend] [options]

check   Connects to the site and prints its version, units and whether Nightbridge may upload,
        or what is wrong (wrong secret, read-only site, https required, not Nightscout, ...).
upload  Uploads FILE (&quot;-&quot;: standard input), {&quot;entries&quot;:[], &quot;treatments&quot;:[], &quot;devicestatus&quot;:[],
        &quot;profile&quot;:[]} as printed by `nightbridge-cli convert`, or any valid Nightscout documents in
        that shape: one without an identifier gets a stable one from its collection and time, so
        uploading the same file twice stores everything once. Invalid documents are listed and
        make the command exit with code 6 (the valid ones are uploaded). --pretend prints the
        requests that would be made, without any network access.

Options:
  --url URL           the site (else NS_URL, else the configured site with its stored secret)
  --account A         check: the site of account A (its own, else the shared one)
  --secret-file FILE  file holding the API secret (else NS_SECRET)
  --token-file FILE   file holding an access token (&quot;-&quot;: standard input; else NS_TOKEN)
  --allow-http        allow plain http:// to a non-loopback address (the secret travels in clear)
  --settings FILE     read url, allow-http and batch size from this settings file
  --batch-size N      documents per upload request (default 500)
  --json              machine-readable output
  --verbose           log progress to standard error

Exit codes: 0 ok, 2 usage, 3 configuration (address, read-only site, input file),
4 secret or token refused / no permission, 5 site unreachable or failing (try again later),
6 unexpected answer or malformed input file, 130 cancelled.
</source>
        <translation>Aufruf:
  nightbridge-cli nightscout check [Optionen]
  nightbridge-cli nightscout upload DATEI [--pretend] [Optionen]

check   Verbindet sich mit der Website und zeigt Version, Einheiten und ob Nightbridge hochladen darf,
        oder was nicht stimmt (falsches Secret, schreibgeschützte Website, https erforderlich, kein Nightscout, ...).
upload  Lädt DATEI hoch („-“: Standardeingabe), {&quot;entries&quot;:[], &quot;treatments&quot;:[], &quot;devicestatus&quot;:[],
        &quot;profile&quot;:[]}, wie von `nightbridge-cli convert` ausgegeben, oder beliebige gültige Nightscout-Dokumente
        in dieser Form: ein Dokument ohne identifier erhält einen stabilen aus seiner Sammlung und Zeit, so
        speichert dieselbe Datei, zweimal hochgeladen, alles nur einmal. Ungültige Dokumente werden aufgelistet
        und lassen den Befehl mit Code 6 enden (die gültigen werden hochgeladen). --pretend zeigt die
        Anfragen, die gestellt würden, ganz ohne Netzwerkzugriff.

Optionen:
  --url URL           die Website (sonst NS_URL, sonst die eingerichtete Website mit ihrem gespeicherten Secret)
  --account A         check: die Website von Konto A (seine eigene, sonst die gemeinsame)
  --secret-file DATEI Datei mit dem API-Secret (sonst NS_SECRET)
  --token-file DATEI  Datei mit einem Zugriffstoken („-“: Standardeingabe; sonst NS_TOKEN)
  --allow-http        einfaches http:// zu einer Adresse außerhalb dieses Rechners erlauben (das Secret wird unverschlüsselt übertragen)
  --settings DATEI    URL, allow-http und Stapelgröße aus dieser Einstellungsdatei lesen
  --batch-size N      Dokumente pro Upload-Anfrage (Standard 500)
  --json              maschinenlesbare Ausgabe
  --verbose           Fortschritt auf der Standardfehlerausgabe protokollieren

Exit-Codes: 0 OK, 2 Aufruf, 3 Konfiguration (Adresse, schreibgeschützte Website, Eingabedatei),
4 Secret oder Token abgelehnt / keine Berechtigung, 5 Website nicht erreichbar oder gestört (später erneut versuchen),
6 unerwartete Antwort oder fehlerhafte Eingabedatei, 130 abgebrochen.
</translation>
    </message>
    <message>
        <source>--token is no longer accepted: a command line is visible to other users of this computer. Put the token in a file and use --token-file FILE, pipe it in with --token-file -, or set NS_TOKEN.</source>
        <translation>--token wird nicht mehr angenommen: Eine Befehlszeile ist für andere Benutzer dieses Computers sichtbar. Legen Sie das Token in eine Datei und verwenden Sie --token-file DATEI, übergeben Sie es über die Standardeingabe mit --token-file - oder setzen Sie NS_TOKEN.</translation>
    </message>
    <message>
        <source>Invalid document %1[%2]: %3</source>
        <translation>Ungültiges Dokument %1[%2]: %3</translation>
    </message>
</context>
<context>
    <name>NsAuthStatus</name>
    <message>
        <source>Nightscout answered in a way Nightbridge does not understand when checking the API secret or token (the server may have changed something).</source>
        <translation>Nightscout hat bei der Prüfung des API-Secrets oder Tokens auf eine Weise geantwortet, die Nightbridge nicht versteht (der Server hat möglicherweise etwas geändert).</translation>
    </message>
</context>
<context>
    <name>NsErrors</name>
    <message>
        <source>No Nightscout API secret or access token is set. Enter one so Nightbridge can upload.</source>
        <translation>Es ist kein Nightscout-API-Secret und kein Zugriffstoken eingetragen. Geben Sie eines ein, damit Nightbridge hochladen kann.</translation>
    </message>
    <message>
        <source>Nightscout did not accept the API secret. Enter the API_SECRET exactly as it is set on your site (Nightscout waits a few seconds after every wrong attempt).</source>
        <translation>Nightscout hat das API-Secret nicht akzeptiert. Geben Sie das API_SECRET genau so ein, wie es auf Ihrer Website eingestellt ist (Nightscout wartet nach jedem Fehlversuch einige Sekunden).</translation>
    </message>
    <message>
        <source>Nightscout did not accept the access token. Copy the token again from the site&apos;s Admin Tools (Subjects).</source>
        <translation>Nightscout hat das Zugriffstoken nicht akzeptiert. Kopieren Sie das Token erneut aus den Admin-Tools der Website (Subjects).</translation>
    </message>
    <message>
        <source>The access token may read but not upload. In the site&apos;s Admin Tools give its subject the &quot;admin&quot; role or a role that allows creating entries and treatments, or use the API secret.</source>
        <translation>Das Zugriffstoken darf lesen, aber nicht hochladen. Geben Sie seinem Subject in den Admin-Tools der Website die Rolle „admin“ oder eine Rolle, die das Anlegen von Einträgen und Behandlungen erlaubt, oder verwenden Sie das API-Secret.</translation>
    </message>
    <message>
        <source>Your Nightscout site is read-only: its API_SECRET is missing or shorter than %1 characters, so it accepts no uploads. Set an API_SECRET of at least %1 characters in the site&apos;s settings and restart it.</source>
        <translation>Ihre Nightscout-Website ist schreibgeschützt: Ihr API_SECRET fehlt oder ist kürzer als %1 Zeichen, daher nimmt sie keine Uploads an. Setzen Sie in den Einstellungen der Website ein API_SECRET mit mindestens %1 Zeichen und starten Sie sie neu.</translation>
    </message>
    <message>
        <source>The API secret entered in Nightbridge is also too short.</source>
        <translation>Das in Nightbridge eingegebene API-Secret ist ebenfalls zu kurz.</translation>
    </message>
    <message>
        <source>Your Nightscout site does not accept treatments: enable the &quot;careportal&quot; feature (ENABLE setting) and restart it.</source>
        <translation>Ihre Nightscout-Website nimmt keine Behandlungen an: Aktivieren Sie die Funktion „careportal“ (Einstellung ENABLE) und starten Sie sie neu.</translation>
    </message>
    <message>
        <source>Your Nightscout site only works over https. Change the address to %1.</source>
        <translation>Ihre Nightscout-Website funktioniert nur über https. Ändern Sie die Adresse in %1.</translation>
    </message>
    <message>
        <source>The Nightscout address %1 redirects to %2. Check the address in the settings.</source>
        <translation>Die Nightscout-Adresse %1 leitet auf %2 um. Prüfen Sie die Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>No Nightscout site answered at %1. Check the address.</source>
        <translation>Unter %1 hat keine Nightscout-Website geantwortet. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>Nightscout answered in a way Nightbridge does not understand (the server may have changed something).</source>
        <translation>Nightscout hat auf eine Weise geantwortet, die Nightbridge nicht versteht (der Server hat möglicherweise etwas geändert).</translation>
    </message>
    <message>
        <source>A %1 document is too large for Nightscout to accept.</source>
        <translation>Ein %1-Dokument ist zu groß, als dass Nightscout es annehmen könnte.</translation>
    </message>
    <message>
        <source>Nightbridge refused to upload a %1 document it did not create itself.</source>
        <translation>Nightbridge hat es abgelehnt, ein %1-Dokument hochzuladen, das es nicht selbst erzeugt hat.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Your Nightscout site does not accept this upload (404): it may be read-only (API_SECRET shorter than %1 characters) or have the careportal feature off.</source>
        <translation>Ihre Nightscout-Website nimmt diesen Upload nicht an (404): Sie ist möglicherweise schreibgeschützt (API_SECRET kürzer als %1 Zeichen) oder die Funktion careportal ist ausgeschaltet.</translation>
    </message>
</context>
<context>
    <name>NsJwt</name>
    <message>
        <source>Nightscout answered in a way Nightbridge does not understand when asked for an access token (the server may have changed something).</source>
        <translation>Nightscout hat bei der Anfrage nach einem Zugriffstoken auf eine Weise geantwortet, die Nightbridge nicht versteht (der Server hat möglicherweise etwas geändert).</translation>
    </message>
</context>
<context>
    <name>NsServerStatus</name>
    <message>
        <source>The site did not answer like a Nightscout site. Check the address.</source>
        <translation>Die Website hat nicht wie eine Nightscout-Website geantwortet. Prüfen Sie die Adresse.</translation>
    </message>
</context>
<context>
    <name>NsUrl</name>
    <message>
        <source>Enter the address of your Nightscout site, e.g. https://example.herokuapp.com.</source>
        <translation>Geben Sie die Adresse Ihrer Nightscout-Website ein, z. B. https://example.herokuapp.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid web address. Enter the address of your Nightscout site, e.g. https://example.herokuapp.com.</source>
        <translation>„%1“ ist keine gültige Webadresse. Geben Sie die Adresse Ihrer Nightscout-Website ein, z. B. https://example.herokuapp.com.</translation>
    </message>
    <message>
        <source>The Nightscout address must start with https://.</source>
        <translation>Die Nightscout-Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The Nightscout address contains a user name or secret. Enter only the site address here and put the API secret or token in its own field.</source>
        <translation>Die Nightscout-Adresse enthält einen Benutzernamen oder ein Secret. Geben Sie hier nur die Adresse der Website ein und tragen Sie das API-Secret oder Token in sein eigenes Feld ein.</translation>
    </message>
    <message>
        <source>The Nightscout address contains extra parts after &quot;?&quot; or &quot;#&quot;. Enter only the site address here and put an access token in the token field.</source>
        <translation>Die Nightscout-Adresse enthält zusätzliche Teile nach „?“ oder „#“. Geben Sie hier nur die Adresse der Website ein und tragen Sie ein Zugriffstoken in das Token-Feld ein.</translation>
    </message>
    <message>
        <source>The Nightscout address uses http://, so your API secret would travel unencrypted. Use the https:// address of your site (or explicitly allow plain HTTP in the settings if this is a private network).</source>
        <translation>Die Nightscout-Adresse verwendet http://, Ihr API-Secret würde also unverschlüsselt übertragen. Verwenden Sie die https://-Adresse Ihrer Website (oder erlauben Sie einfaches HTTP ausdrücklich in den Einstellungen, wenn es sich um ein privates Netzwerk handelt).</translation>
    </message>
</context>
<context>
    <name>RevealButton</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>No reading yet</source>
        <translation>Noch kein Messwert</translation>
    </message>
    <message>
        <source>%1 (old)</source>
        <translation>%1 (veraltet)</translation>
    </message>
    <message>
        <source>Nightbridge (demo data, not real readings)</source>
        <translation>Nightbridge (Demodaten, keine echten Messwerte)</translation>
    </message>
    <message>
        <source>Nightbridge</source>
        <translation>Nightbridge</translation>
    </message>
    <message>
        <source>paused, resumes %1</source>
        <translation>pausiert, wird %1 fortgesetzt</translation>
    </message>
    <message>
        <source>, synced %1</source>
        <translation>, synchronisiert %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Letzte Synchronisation: %1</translation>
    </message>
    <message>
        <source>Next sync: %1</source>
        <translation>Nächste Synchronisation: %1</translation>
    </message>
    <message>
        <source>Newest data: %1</source>
        <translation>Neueste Daten: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Erneut anmelden…</translation>
    </message>
    <message>
        <source>Check password…</source>
        <translation>Passwort prüfen…</translation>
    </message>
    <message>
        <source>Open settings…</source>
        <translation>Einstellungen öffnen…</translation>
    </message>
    <message>
        <source>IOB %1 U</source>
        <translation>IOB %1 IE</translation>
    </message>
    <message>
        <source>Reservoir %1 U</source>
        <translation>Reservoir %1 IE</translation>
    </message>
    <message>
        <source>Pump battery %1 %</source>
        <translation>Pumpenbatterie %1 %</translation>
    </message>
    <message>
        <source>Phone battery %1 %</source>
        <translation>Handy-Akku %1 %</translation>
    </message>
    <message>
        <source>waiting for the first sync</source>
        <translation>wartet auf die erste Synchronisation</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 % in range · %2 % low · %3 % high · average %4</source>
        <translation>%1 % im Zielbereich · %2 % niedrig · %3 % hoch · Durchschnitt %4</translation>
    </message>
    <message>
        <source>Tandem readings arrive 30 minutes or more late.</source>
        <translation>Tandem-Werte kommen 30 Minuten oder mehr verspätet an.</translation>
    </message>
    <message>
        <source>No account yet: add an account to sync</source>
        <translation>Noch kein Konto: Fügen Sie ein Konto hinzu, um zu synchronisieren</translation>
    </message>
    <message>
        <source>DEMO — not real readings</source>
        <translation>DEMO – keine echten Messwerte</translation>
    </message>
    <message>
        <source>, never synced</source>
        <translation>, nie synchronisiert</translation>
    </message>
</context>
<context>
    <name>SyncHealthSummary</name>
    <message>
        <source>no account set up</source>
        <translation>kein Konto eingerichtet</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>syncing</source>
        <translation>synchronisiert</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>neuer Versuch</translation>
    </message>
    <message>
        <source>needs your attention</source>
        <translation>erfordert Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
</context>
<context>
    <name>TandemErrors</name>
    <message>
        <source>Tandem Source data that Nightbridge does not understand (the vendor may have changed something): %1: %2. Nothing from it was uploaded.</source>
        <translation>Tandem-Source-Daten, die Nightbridge nicht versteht (der Hersteller hat möglicherweise etwas geändert): %1: %2. Davon wurde nichts hochgeladen.</translation>
    </message>
    <message>
        <source>Tandem Source answered in a way Nightbridge does not understand (the vendor may have changed something).</source>
        <translation>Tandem Source hat auf eine Weise geantwortet, die Nightbridge nicht versteht (der Hersteller hat möglicherweise etwas geändert).</translation>
    </message>
    <message>
        <source>Tandem Source did not accept the e-mail address and password. Check them in the account settings.</source>
        <translation>Tandem Source hat die E-Mail-Adresse und das Passwort nicht akzeptiert. Prüfen Sie sie in den Kontoeinstellungen.</translation>
    </message>
    <message numerus="yes">
        <source>Sign-in to Tandem Source failed %n time(s) in a row, so Nightbridge stopped trying to protect your account from being locked. Check your e-mail and password, then save them again.</source>
        <translation>
            <numerusform>Die Anmeldung bei Tandem Source ist %n-mal nacheinander fehlgeschlagen. Damit Ihr Konto nicht gesperrt wird, hat Nightbridge aufgehört, es zu versuchen. Prüfen Sie E-Mail-Adresse und Passwort und speichern Sie sie erneut.</numerusform>
            <numerusform>Die Anmeldung bei Tandem Source ist %n-mal nacheinander fehlgeschlagen. Damit Ihr Konto nicht gesperrt wird, hat Nightbridge aufgehört, es zu versuchen. Prüfen Sie E-Mail-Adresse und Passwort und speichern Sie sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>This Tandem Source account has no pump with uploaded data yet. Upload from the pump (t:slim X2 or Mobi app) first.</source>
        <translation>Dieses Tandem-Source-Konto hat noch keine Pumpe mit hochgeladenen Daten. Laden Sie zuerst von der Pumpe hoch (t:slim X2 oder Mobi-App).</translation>
    </message>
    <message>
        <source>No pump with serial number %1 in this Tandem Source account. Check the serial number in the account settings, or leave it empty to use the most recent pump.</source>
        <translation>In diesem Tandem-Source-Konto gibt es keine Pumpe mit der Seriennummer %1. Prüfen Sie die Seriennummer in den Kontoeinstellungen oder lassen Sie das Feld leer, um die zuletzt verwendete Pumpe zu nutzen.</translation>
    </message>
    <message>
        <source>The Tandem Source settings are not valid: %1.</source>
        <translation>Die Tandem-Source-Einstellungen sind ungültig: %1.</translation>
    </message>
    <message>
        <source>Tandem Source sign-in returned an identity token that Nightbridge could not verify. Try again later; if it persists, the vendor may have changed something.</source>
        <translation>Die Tandem-Source-Anmeldung hat ein Identitätstoken geliefert, das Nightbridge nicht prüfen konnte. Versuchen Sie es später erneut; falls das anhält, hat der Hersteller möglicherweise etwas geändert.</translation>
    </message>
    <message>
        <source>Tandem Source blocked the sign-in for now (HTTP %1, perhaps a firewall). This is not a wrong password; Nightbridge tries again later.</source>
        <translation>Tandem Source hat die Anmeldung vorerst blockiert (HTTP %1, vielleicht eine Firewall). Das ist kein falsches Passwort; Nightbridge versucht es später erneut.</translation>
    </message>
    <message>
        <source>Tandem Source answered the sign-in in a way Nightbridge does not understand (HTTP %1; the vendor may have changed something). This is not a wrong password; Nightbridge tries again later.</source>
        <translation>Tandem Source hat auf die Anmeldung so geantwortet, wie Nightbridge es nicht versteht (HTTP %1; der Hersteller hat vielleicht etwas geändert). Das ist kein falsches Passwort; Nightbridge versucht es später erneut.</translation>
    </message>
</context>
<context>
    <name>TreatmentMapper</name>
    <message>
        <source>SmartGuard auto correction</source>
        <translation>SmartGuard-Autokorrektur</translation>
    </message>
    <message>
        <source>SmartGuard auto basal %1 U</source>
        <translation>SmartGuard-Auto-Basal %1 IE</translation>
    </message>
    <message>
        <source>Sensor calibration</source>
        <translation>Sensorkalibrierung</translation>
    </message>
    <message>
        <source>SmartGuard suspended insulin for low glucose</source>
        <translation>SmartGuard hat die Insulinabgabe wegen niedriger Glukose unterbrochen</translation>
    </message>
    <message>
        <source>SmartGuard mode changed</source>
        <translation>SmartGuard-Modus geändert</translation>
    </message>
    <message>
        <source>SmartGuard on</source>
        <translation>SmartGuard ein</translation>
    </message>
    <message>
        <source>SmartGuard off</source>
        <translation>SmartGuard aus</translation>
    </message>
    <message>
        <source>Pump clock changed</source>
        <translation>Pumpenuhr geändert</translation>
    </message>
</context>
<context>
    <name>UrlSchemeRegistration</name>
    <message>
        <source>The application path is unknown.</source>
        <translation>Der Programmpfad ist unbekannt.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot register Nightbridge for the CareLink sign-in.</source>
        <translation>Nightbridge kann nicht für die CareLink-Anmeldung registriert werden.</translation>
    </message>
    <message>
        <source>This registration is for Windows only.</source>
        <translation>Diese Registrierung gibt es nur unter Windows.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Quit after SECONDS (smoke tests).</source>
        <translation>Nach SEKUNDEN beenden (Smoke-Tests).</translation>
    </message>
    <message>
        <source>Syncs CareLink and Tandem Source data to Nightscout from the system tray.</source>
        <translation>Synchronisiert Daten aus CareLink und Tandem Source aus dem Infobereich heraus mit Nightscout.</translation>
    </message>
    <message>
        <source>A CareLink sign-in address handed over by the browser.</source>
        <translation>Eine CareLink-Anmeldeadresse, die der Browser übergeben hat.</translation>
    </message>
    <message>
        <source>Run the demo (simulated CareLink and Tandem data) even when accounts are configured.</source>
        <translation>Die Demo (simulierte CareLink- und Tandem-Daten) auch dann starten, wenn Konten eingerichtet sind.</translation>
    </message>
    <message>
        <source>Keep settings, state and logs in DIR.</source>
        <translation>Einstellungen, Status und Protokolle in DIR ablegen.</translation>
    </message>
    <message>
        <source>Log at debug level (the log file and stderr).</source>
        <translation>Auf Debug-Ebene protokollieren (Protokolldatei und Standardfehlerausgabe).</translation>
    </message>
    <message>
        <source>Nightbridge</source>
        <translation>Nightbridge</translation>
    </message>
</context>
<context>
    <name>nb::AccountRepository</name>
    <message>
        <source>&quot;%1&quot; is not a valid account id (lower-case letters, digits, - and _).</source>
        <translation>„%1“ ist keine gültige Konto-ID (Kleinbuchstaben, Ziffern, - und _).</translation>
    </message>
    <message>
        <source>Accounts have no setting &quot;%1&quot;. Known: %2.</source>
        <translation>Konten haben keine Einstellung „%1“. Bekannt: %2.</translation>
    </message>
    <message>
        <source>Accounts from the environment are not saved.</source>
        <translation>Konten aus den Umgebungsvariablen werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>Es gibt kein Konto „%1“.</translation>
    </message>
</context>
<context>
    <name>nb::BackfillAccountPage</name>
    <message>
        <source>Which account?</source>
        <translation>Welches Konto?</translation>
    </message>
    <message>
        <source>A backfill fetches a past range from the vendor and uploads what Nightscout is missing. Documents already on your site are left as they are.</source>
        <translation>Beim Nachladen wird ein vergangener Zeitraum beim Hersteller abgerufen und hochgeladen, was in Nightscout fehlt. Dokumente, die schon auf Ihrer Website sind, bleiben unverändert.</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Tandem Source</source>
        <translation>Tandem Source</translation>
    </message>
    <message>
        <source>CareLink</source>
        <translation>CareLink</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is no account yet. Add one in the settings first.</source>
        <translation>Es gibt noch kein Konto. Fügen Sie zuerst eines in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <source>An earlier backfill of this account was interrupted (%1 to %2, %3 of %4 parts done). You can continue it on the next page.</source>
        <translation>Ein früheres Nachladen dieses Kontos wurde unterbrochen (%1 bis %2, %3 von %4 Teilen erledigt). Sie können es auf der nächsten Seite fortsetzen.</translation>
    </message>
</context>
<context>
    <name>nb::BackfillFeaturesPage</name>
    <message>
        <source>What to fill?</source>
        <translation>Was soll nachgeladen werden?</translation>
    </message>
    <message>
        <source>The account&apos;s own choices are preset. Changes here apply to this backfill only.</source>
        <translation>Die Auswahl des Kontos ist voreingestellt. Änderungen hier gelten nur für dieses Nachladen.</translation>
    </message>
    <message>
        <source>Choose at least one kind of data.</source>
        <translation>Wählen Sie mindestens eine Art von Daten.</translation>
    </message>
</context>
<context>
    <name>nb::BackfillJob</name>
    <message>
        <source>There is no interrupted backfill to resume.</source>
        <translation>Es gibt kein unterbrochenes Nachladen, das fortgesetzt werden könnte.</translation>
    </message>
    <message>
        <source>Nothing of the requested range is left to fetch.</source>
        <translation>Vom angeforderten Zeitraum ist nichts mehr abzurufen.</translation>
    </message>
    <message>
        <source>The backfill was cancelled. Run it again to continue where it stopped.</source>
        <translation>Das Nachladen wurde abgebrochen. Starten Sie es erneut, um dort weiterzumachen, wo es aufgehört hat.</translation>
    </message>
</context>
<context>
    <name>nb::BackfillPlanner</name>
    <message numerus="yes">
        <source>This source keeps only the last %n hour(s) of data: older readings cannot be fetched from it any more. Backfilling from %1 instead.</source>
        <translation>
            <numerusform>Diese Quelle bewahrt nur die Daten der letzten %n Stunde auf: Ältere Messwerte können dort nicht mehr abgerufen werden. Stattdessen wird ab %1 nachgeladen.</numerusform>
            <numerusform>Diese Quelle bewahrt nur die Daten der letzten %n Stunden auf: Ältere Messwerte können dort nicht mehr abgerufen werden. Stattdessen wird ab %1 nachgeladen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::BackfillPreviewPage</name>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Nightbridge fetched the range and compared it with your Nightscout site. Nothing has been uploaded yet.</source>
        <translation>Nightbridge hat den Zeitraum abgerufen und mit Ihrer Nightscout-Website verglichen. Es wurde noch nichts hochgeladen.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Missing on the site</source>
        <translation>Fehlt auf der Website</translation>
    </message>
    <message>
        <source>Different on the site</source>
        <translation>Weicht auf der Website ab</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>On the site</source>
        <translation>Auf der Website</translation>
    </message>
    <message>
        <source>Fetching the range from the vendor and comparing it with Nightscout…</source>
        <translation>Der Zeitraum wird beim Hersteller abgerufen und mit Nightscout verglichen…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) found so far.</source>
        <translation>
            <numerusform>Bisher %n Dokument gefunden.</numerusform>
            <numerusform>Bisher %n Dokumente gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nightscout already has everything in this range.</source>
        <translation>Nightscout hat bereits alles aus diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Start the backfill to upload what is missing.</source>
        <translation>Starten Sie das Nachladen, um hochzuladen, was fehlt.</translation>
    </message>
    <message>
        <source>%1 documents in the range. Nightscout already has %2; %3 are missing and %4 differ (the upload replaces those that Nightbridge wrote).</source>
        <translation>%1 Dokumente im Zeitraum. Nightscout hat bereits %2; %3 fehlen und %4 weichen ab (der Upload ersetzt die, die Nightbridge geschrieben hat).</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>different</source>
        <translation>abweichend</translation>
    </message>
</context>
<context>
    <name>nb::BackfillRangePage</name>
    <message>
        <source>The last</source>
        <translation>Die letzten</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Which days?</source>
        <translation>Welche Tage?</translation>
    </message>
    <message>
        <source>Choose the range to fill. Days are in this computer&apos;s time zone.</source>
        <translation>Wählen Sie den Zeitraum zum Nachladen. Die Tage gelten in der Zeitzone dieses Computers.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message numerus="yes">
        <source>CareLink keeps only the last %n hour(s) of data. Older readings cannot be fetched from it by anyone, so the range is limited to that.</source>
        <translation>
            <numerusform>CareLink bewahrt nur die Daten der letzten %n Stunde auf. Ältere Messwerte kann niemand mehr von dort abrufen, daher ist der Zeitraum darauf begrenzt.</numerusform>
            <numerusform>CareLink bewahrt nur die Daten der letzten %n Stunden auf. Ältere Messwerte kann niemand mehr von dort abrufen, daher ist der Zeitraum darauf begrenzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is read in windows of up to %n day(s); a long range takes several requests and can take a few minutes.</source>
        <translation>
            <numerusform>%1 wird in Fenstern von bis zu %n Tag gelesen; ein langer Zeitraum braucht mehrere Anfragen und kann einige Minuten dauern.</numerusform>
            <numerusform>%1 wird in Fenstern von bis zu %n Tagen gelesen; ein langer Zeitraum braucht mehrere Anfragen und kann einige Minuten dauern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tandem Source</source>
        <translation>Tandem Source</translation>
    </message>
    <message>
        <source>The vendor</source>
        <translation>Der Hersteller</translation>
    </message>
    <message>
        <source>Continue the interrupted backfill (%1 to %2, %3 of %4 parts done)</source>
        <translation>Das unterbrochene Nachladen fortsetzen (%1 bis %2, %3 von %4 Teilen erledigt)</translation>
    </message>
    <message>
        <source>The start must be before the end.</source>
        <translation>Der Anfang muss vor dem Ende liegen.</translation>
    </message>
    <message>
        <source>Nothing of this range can be fetched.</source>
        <translation>Aus diesem Zeitraum kann nichts abgerufen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n request window(s), from %1 to %2.</source>
        <translation>
            <numerusform>%n Abfragefenster, von %1 bis %2.</numerusform>
            <numerusform>%n Abfragefenster, von %1 bis %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::BackfillRunPage</name>
    <message>
        <source>Cancel backfill</source>
        <translation>Nachladen abbrechen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Backfilling</source>
        <translation>Nachladen läuft</translation>
    </message>
    <message>
        <source>You can cancel at any time: what was uploaded stays, and the backfill can continue later where it stopped.</source>
        <translation>Sie können jederzeit abbrechen: Was hochgeladen wurde, bleibt erhalten, und das Nachladen kann später dort weitermachen, wo es aufgehört hat.</translation>
    </message>
    <message>
        <source>Found in the range:</source>
        <translation>Im Zeitraum gefunden:</translation>
    </message>
    <message>
        <source>Uploaded:</source>
        <translation>Hochgeladen:</translation>
    </message>
    <message>
        <source>Already in Nightscout:</source>
        <translation>Bereits in Nightscout:</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Continuing where the backfill stopped…</source>
        <translation>Das Nachladen wird dort fortgesetzt, wo es aufgehört hat…</translation>
    </message>
    <message>
        <source>Part %1 of %2%3</source>
        <translation>Teil %1 von %2%3</translation>
    </message>
    <message>
        <source> (continued)</source>
        <translation> (fortgesetzt)</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 parts. What was uploaded stays; Resume continues where it stopped, now or later.</source>
        <translation>Nach %1 von %2 Teilen abgebrochen. Was hochgeladen wurde, bleibt erhalten; „Fortsetzen“ macht dort weiter, wo es aufgehört hat – jetzt oder später.</translation>
    </message>
    <message>
        <source>The progress is saved; Resume continues where it stopped.</source>
        <translation>Der Fortschritt ist gespeichert; „Fortsetzen“ macht dort weiter, wo es aufgehört hat.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>nb::BackfillSession</name>
    <message>
        <source>A backfill is running.</source>
        <translation>Ein Nachladen läuft.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; does not exist.</source>
        <translation>Das Konto „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The backfill was cancelled.</source>
        <translation>Das Nachladen wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>nb::BackfillSummaryPage</name>
    <message>
        <source>Backfill finished</source>
        <translation>Nachladen abgeschlossen</translation>
    </message>
    <message>
        <source>%1: %2 documents in the range from %3 to %4. %5 uploaded, %6 were already in Nightscout.</source>
        <translation>%1: %2 Dokumente im Zeitraum von %3 bis %4. %5 hochgeladen, %6 waren bereits in Nightscout.</translation>
    </message>
    <message>
        <source>The backfill continued an interrupted one.</source>
        <translation>Dieses Nachladen hat ein unterbrochenes fortgesetzt.</translation>
    </message>
</context>
<context>
    <name>nb::BackfillWizard</name>
    <message>
        <source>Backfill Nightscout</source>
        <translation>Nightscout nachladen</translation>
    </message>
    <message>
        <source>Start backfill</source>
        <translation>Nachladen starten</translation>
    </message>
</context>
<context>
    <name>nb::DemoMode</name>
    <message>
        <source>The demo could not start its built-in services.</source>
        <translation>Die Demo konnte ihre eingebauten Dienste nicht starten.</translation>
    </message>
</context>
<context>
    <name>nb::DocumentSummary</name>
    <message>
        <source>Glucose readings</source>
        <translation>Glukosewerte</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Behandlungen</translation>
    </message>
    <message>
        <source>Device status</source>
        <translation>Gerätestatus</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>%1 mg/dL %2</source>
        <translation>%1 mg/dL %2</translation>
    </message>
    <message>
        <source>%1 U</source>
        <translation>%1 IE</translation>
    </message>
    <message>
        <source>%1 g</source>
        <translation>%1 g</translation>
    </message>
    <message>
        <source>%1 U/h</source>
        <translation>%1 IE/h</translation>
    </message>
</context>
<context>
    <name>nb::DotEnv</name>
    <message>
        <source>Line %1 of the .env file is not NAME=value.</source>
        <translation>Zeile %1 der .env-Datei hat nicht die Form NAME=Wert.</translation>
    </message>
    <message>
        <source>Line %1 of the .env file has an unclosed quote.</source>
        <translation>Zeile %1 der .env-Datei enthält ein nicht geschlossenes Anführungszeichen.</translation>
    </message>
</context>
<context>
    <name>nb::FileCredentialStore</name>
    <message>
        <source>Plain file, not encrypted (%1)</source>
        <translation>Einfache Datei, nicht verschlüsselt (%1)</translation>
    </message>
    <message>
        <source>Nightbridge cannot use its credentials file %1. Check that the file and its folder belong to you and are writable, or switch back to the system keychain.</source>
        <translation>Nightbridge kann seine Zugangsdatendatei %1 nicht verwenden. Prüfen Sie, ob die Datei und ihr Ordner Ihnen gehören und beschreibbar sind, oder wechseln Sie zurück zum Schlüsselbund des Systems.</translation>
    </message>
</context>
<context>
    <name>nb::FirstRunAccountPage</name>
    <message>
        <source>Tandem Source (t:slim X2, Mobi)</source>
        <translation>Tandem Source (t:slim X2, Mobi)</translation>
    </message>
    <message>
        <source>Medtronic CareLink (MiniMed 780G and others)</source>
        <translation>Medtronic CareLink (MiniMed 780G und andere)</translation>
    </message>
    <message>
        <source>Your pump account</source>
        <translation>Ihr Pumpenkonto</translation>
    </message>
    <message>
        <source>Where does your data come from? You can add more accounts later in the settings.</source>
        <translation>Woher kommen Ihre Daten? Weitere Konten können Sie später in den Einstellungen hinzufügen.</translation>
    </message>
    <message>
        <source>Next is available once the sign-in worked.</source>
        <translation>„Weiter“ ist verfügbar, sobald die Anmeldung funktioniert hat.</translation>
    </message>
</context>
<context>
    <name>nb::FirstRunAutostartPage</name>
    <message>
        <source>Start Nightbridge when I log in</source>
        <translation>Nightbridge bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Nightbridge can only sync while it runs. Starting it at login keeps Nightscout up to date without you thinking about it.</source>
        <translation>Nightbridge kann nur synchronisieren, während es läuft. Startet es bei der Anmeldung, bleibt Nightscout aktuell, ohne dass Sie daran denken müssen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>nb::FirstRunDonePage</name>
    <message>
        <source>All set</source>
        <translation>Alles bereit</translation>
    </message>
    <message>
        <source>Nightbridge lives in the system tray. Its icon shows your latest reading; click it for details, or open the settings from its menu.</source>
        <translation>Nightbridge lebt im Infobereich. Sein Symbol zeigt Ihren neuesten Messwert; klicken Sie darauf für Einzelheiten oder öffnen Sie die Einstellungen über sein Menü.</translation>
    </message>
    <message>
        <source>Starting the first sync…</source>
        <translation>Die erste Synchronisation wird gestartet…</translation>
    </message>
    <message>
        <source>Syncing %1 for the first time…</source>
        <translation>%1 wird zum ersten Mal synchronisiert…</translation>
    </message>
    <message>
        <source>The first sync did not work: %1</source>
        <translation>Die erste Synchronisation hat nicht funktioniert: %1</translation>
    </message>
    <message numerus="yes">
        <source>The first sync worked: %n document(s) uploaded to Nightscout.</source>
        <translation>
            <numerusform>Die erste Synchronisation hat funktioniert: %n Dokument zu Nightscout hochgeladen.</numerusform>
            <numerusform>Die erste Synchronisation hat funktioniert: %n Dokumente zu Nightscout hochgeladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest reading: %1 mg/dL at %2.</source>
        <translation>Neuester Messwert: %1 mg/dL um %2.</translation>
    </message>
</context>
<context>
    <name>nb::FirstRunFeaturesPage</name>
    <message>
        <source>What to upload</source>
        <translation>Was hochgeladen wird</translation>
    </message>
    <message>
        <source>The usual choices are preset. &quot;Check Nightscout for other uploaders&quot; warns when something else already writes the same kind of data to your site.</source>
        <translation>Die üblichen Einstellungen sind voreingestellt. „Nightscout auf andere Uploader prüfen“ warnt, wenn bereits etwas anderes dieselbe Art von Daten auf Ihre Website schreibt.</translation>
    </message>
</context>
<context>
    <name>nb::FirstRunNightscoutPage</name>
    <message>
        <source>Your Nightscout site</source>
        <translation>Ihre Nightscout-Website</translation>
    </message>
    <message>
        <source>Enter the address of your site and its API secret or an access token, then test the connection.</source>
        <translation>Geben Sie die Adresse Ihrer Website und ihr API-Secret oder ein Zugriffstoken ein und testen Sie dann die Verbindung.</translation>
    </message>
    <message>
        <source>Next is available once the connection test passed.</source>
        <translation>„Weiter“ ist verfügbar, sobald der Verbindungstest erfolgreich war.</translation>
    </message>
</context>
<context>
    <name>nb::FirstRunWelcomePage</name>
    <message>
        <source>Welcome to Nightbridge</source>
        <translation>Willkommen bei Nightbridge</translation>
    </message>
    <message>
        <source>Nightbridge copies the data of your Medtronic CareLink or Tandem Source account to your Nightscout site, in the background, for as long as this computer is on.

You need the address of your Nightscout site with its API secret (or an access token), and the sign-in of your CareLink or Tandem Source account. Passwords and secrets are kept in the system&apos;s keychain, never in a file.</source>
        <translation>Nightbridge kopiert die Daten Ihres Medtronic-CareLink- oder Tandem-Source-Kontos im Hintergrund auf Ihre Nightscout-Website, solange dieser Computer eingeschaltet ist.

Sie benötigen die Adresse Ihrer Nightscout-Website mit ihrem API-Secret (oder einem Zugriffstoken) und die Anmeldedaten Ihres CareLink- oder Tandem-Source-Kontos. Passwörter und Secrets werden im Schlüsselbund des Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Just looking? The demo shows Nightbridge at work with made-up data, without any account.</source>
        <translation>Nur mal schauen? Die Demo zeigt Nightbridge mit erfundenen Daten bei der Arbeit, ganz ohne Konto.</translation>
    </message>
    <message>
        <source>Try demo mode</source>
        <translation>Demomodus ausprobieren</translation>
    </message>
</context>
<context>
    <name>nb::FirstRunWizard</name>
    <message>
        <source>Set up Nightbridge</source>
        <translation>Nightbridge einrichten</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>Speichern und starten</translation>
    </message>
    <message>
        <source>Add an account first.</source>
        <translation>Fügen Sie zuerst ein Konto hinzu.</translation>
    </message>
</context>
<context>
    <name>nb::KeychainCredentialStore</name>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>Secret Service (GNOME Keyring, KWallet)</source>
        <translation>Secret Service (GNOME-Schlüsselbund, KWallet)</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s). If a keychain window is waiting for you, answer it; otherwise unlock the keychain or restart its service, then try again.</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet. Wartet ein Schlüsselbund-Fenster auf Sie, beantworten Sie es; andernfalls entsperren Sie den Schlüsselbund oder starten Sie seinen Dienst neu und versuchen Sie es dann erneut.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet. Wartet ein Schlüsselbund-Fenster auf Sie, beantworten Sie es; andernfalls entsperren Sie den Schlüsselbund oder starten Sie seinen Dienst neu und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>No keychain service is running (Secret Service: GNOME Keyring or KWallet). Log in to a desktop session that provides one, or install and start gnome-keyring. On a server without a desktop you can choose the unencrypted credentials file in the settings.</source>
        <translation>Es läuft kein Schlüsselbund-Dienst (Secret Service: GNOME-Schlüsselbund oder KWallet). Melden Sie sich an einer Desktop-Sitzung an, die einen bereitstellt, oder installieren und starten Sie gnome-keyring. Auf einem Server ohne Desktop können Sie in den Einstellungen die unverschlüsselte Zugangsdatendatei wählen.</translation>
    </message>
    <message>
        <source>The system keychain is not available. Try again after logging in again.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar. Versuchen Sie es nach einer erneuten Anmeldung noch einmal.</translation>
    </message>
    <message>
        <source>The keychain is locked or has no default keyring, and Nightbridge could not ask you to unlock it. Unlock it (for example with your desktop&apos;s password manager, or by logging in again) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat keinen Standard-Schlüsselbund, und Nightbridge konnte Sie nicht bitten, ihn zu entsperren. Entsperren Sie ihn (zum Beispiel mit der Passwortverwaltung Ihres Desktops oder durch erneutes Anmelden) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow Nightbridge to use the keychain and try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert. Erlauben Sie Nightbridge, den Schlüsselbund zu verwenden, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain could not delete the saved credential. Remove it with your keychain manager.</source>
        <translation>Der Schlüsselbund konnte die gespeicherten Zugangsdaten nicht löschen. Entfernen Sie sie mit Ihrer Schlüsselbundverwaltung.</translation>
    </message>
    <message>
        <source>This system has no keychain Nightbridge can use.</source>
        <translation>Dieses System hat keinen Schlüsselbund, den Nightbridge verwenden kann.</translation>
    </message>
    <message>
        <source>The keychain reported an error. Make sure it is unlocked and try again; the log has details.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet. Stellen Sie sicher, dass er entsperrt ist, und versuchen Sie es erneut; Einzelheiten stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>nb::Outbox</name>
    <message>
        <source>Nightbridge cannot keep its pending uploads in %1. Check that the disk is not full and the folder is writable.</source>
        <translation>Nightbridge kann seine ausstehenden Uploads nicht in %1 ablegen. Prüfen Sie, ob der Datenträger voll ist und der Ordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>nb::RangeReader</name>
    <message>
        <source>Comparing with the Nightscout site took too long. Nightbridge will try again later.</source>
        <translation>Der Abgleich mit der Nightscout-Seite hat zu lange gedauert. Nightbridge versucht es später erneut.</translation>
    </message>
    <message>
        <source>The Nightscout site needs more requests than expected to list its data. Nightbridge stopped comparing with it; check that the site (and any proxy in front of it) answers queries normally.</source>
        <translation>Die Nightscout-Seite braucht mehr Anfragen als erwartet, um ihre Daten aufzulisten. Nightbridge hat den Abgleich abgebrochen; prüfen Sie, ob die Seite (und ein vorgeschalteter Proxy) Abfragen normal beantwortet.</translation>
    </message>
    <message>
        <source>The Nightscout site ignored the time range Nightbridge asked for and sent other data (an old Nightscout version, or a proxy that drops the query). Nightbridge stopped comparing with the site; uploads are not affected.</source>
        <translation>Die Nightscout-Seite hat den angefragten Zeitraum ignoriert und andere Daten gesendet (eine alte Nightscout-Version oder ein Proxy, der die Abfrage verwirft). Nightbridge hat den Abgleich mit der Seite abgebrochen; Uploads sind nicht betroffen.</translation>
    </message>
    <message>
        <source>The Nightscout site holds far more data for this time than expected. Nightbridge stopped comparing with it.</source>
        <translation>Die Nightscout-Seite enthält für diesen Zeitraum weit mehr Daten als erwartet. Nightbridge hat den Abgleich abgebrochen.</translation>
    </message>
</context>
<context>
    <name>nb::Runtime</name>
    <message>
        <source>Cannot create the folder %1. Check --config and the permissions.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden. Prüfen Sie --config und die Berechtigungen.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;. Accounts: %2.</source>
        <translation>Es gibt kein Konto „%1“. Konten: %2.</translation>
    </message>
    <message>
        <source>none (see `nightbridge-cli accounts add`)</source>
        <translation>keine (siehe `nightbridge-cli accounts add`)</translation>
    </message>
    <message>
        <source>No Nightscout site is configured. Set it with `nightbridge-cli accounts set` / the settings (nightscout/url), or NS_URL.</source>
        <translation>Es ist keine Nightscout-Website konfiguriert. Legen Sie sie mit `nightbridge-cli accounts set` / den Einstellungen (nightscout/url) fest, oder mit NS_URL.</translation>
    </message>
    <message>
        <source>No Nightscout site is configured. Enter its address in Settings.</source>
        <translation>Es ist keine Nightscout-Website konfiguriert. Geben Sie ihre Adresse in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>No Nightscout API secret is stored. Add it with `nightbridge-cli accounts set --nightscout-secret-file FILE`, or set NS_SECRET.</source>
        <translation>Es ist kein Nightscout-API-Secret gespeichert. Fügen Sie es mit `nightbridge-cli accounts set --nightscout-secret-file DATEI` hinzu, oder setzen Sie NS_SECRET.</translation>
    </message>
    <message>
        <source>No Nightscout API secret or token is stored. Enter it in Settings.</source>
        <translation>Es ist kein Nightscout-API-Secret oder Token gespeichert. Geben Sie es in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>Another Nightbridge process (PID %1) is syncing these accounts. Wait for it to finish, or stop it first.</source>
        <translation>Ein anderer Nightbridge-Prozess (PID %1) synchronisiert diese Konten. Warten Sie, bis er fertig ist, oder beenden Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>Nightbridge cannot write in its data folder %1 (%2). Check that it belongs to you, is writable and the disk is not full.</source>
        <translation>Nightbridge kann nicht in seinen Datenordner %1 schreiben (%2). Prüfen Sie, ob er Ihnen gehört, beschreibbar ist und der Datenträger nicht voll ist.</translation>
    </message>
</context>
<context>
    <name>nb::Settings</name>
    <message>
        <source>The settings file was written by a newer version of Nightbridge. Settings are read-only until you update Nightbridge.</source>
        <translation>Die Einstellungsdatei wurde von einer neueren Version von Nightbridge geschrieben. Die Einstellungen sind schreibgeschützt, bis Sie Nightbridge aktualisieren.</translation>
    </message>
    <message>
        <source>Nightbridge cannot save its settings to %1. Check that the folder exists and is writable.</source>
        <translation>Nightbridge kann seine Einstellungen nicht in %1 speichern. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; %2.</source>
        <translation>Die Einstellung „%1“: %2.</translation>
    </message>
</context>
<context>
    <name>nb::SingleInstance</name>
    <message>
        <source>Nightbridge is already running but does not respond. Quit it and try again.</source>
        <translation>Nightbridge läuft bereits, reagiert aber nicht. Beenden Sie es und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>nb::SourceFactory</name>
    <message>
        <source>Account &quot;%1&quot;: unknown time zone &quot;%2&quot;.</source>
        <translation>Konto „%1“: unbekannte Zeitzone „%2“.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;: unknown CareLink feature &quot;%2&quot;. Known: %3.</source>
        <translation>Konto „%1“: unbekannte CareLink-Funktion „%2“. Bekannt: %3.</translation>
    </message>
    <message>
        <source>The setting %1 must be an https address (or http to 127.0.0.1 or ::1).</source>
        <translation>Die Einstellung %1 muss eine https-Adresse sein (oder http an 127.0.0.1 oder ::1).</translation>
    </message>
</context>
<context>
    <name>nb::StateStore</name>
    <message>
        <source>The sync state was saved by a newer version of Nightbridge. Update Nightbridge to continue syncing.</source>
        <translation>Der Synchronisationsstatus wurde von einer neueren Version von Nightbridge gespeichert. Aktualisieren Sie Nightbridge, um weiter zu synchronisieren.</translation>
    </message>
    <message>
        <source>The sync state was saved by a newer version of Nightbridge and is not overwritten.</source>
        <translation>Der Synchronisationsstatus wurde von einer neueren Version von Nightbridge gespeichert und wird nicht überschrieben.</translation>
    </message>
    <message>
        <source>Nightbridge refused to store a secret in its state file.</source>
        <translation>Nightbridge hat es abgelehnt, ein Geheimnis in seiner Statusdatei zu speichern.</translation>
    </message>
    <message>
        <source>Nightbridge cannot save its sync state to %1. Check free disk space and that the folder is writable.</source>
        <translation>Nightbridge kann seinen Synchronisationsstatus nicht in %1 speichern. Prüfen Sie den freien Speicherplatz und ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>Nightbridge cannot read its sync state in %1. Check that the folder and its files belong to you and are readable.</source>
        <translation>Nightbridge kann seinen Synchronisationsstatus in %1 nicht lesen. Prüfen Sie, ob der Ordner und seine Dateien Ihnen gehören und lesbar sind.</translation>
    </message>
    <message>
        <source>The saved sync state in %1 is damaged and cannot be set aside. Check that the folder is writable.</source>
        <translation>Der gespeicherte Synchronisationsstatus in %1 ist beschädigt und kann nicht beiseitegelegt werden. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>The saved sync state was damaged. Nightbridge set it aside (%1) and started from scratch: each account is read again from the vendor, and documents Nightscout already has are recognised and not uploaded twice.</source>
        <translation>Der gespeicherte Synchronisationsstatus war beschädigt. Nightbridge hat ihn beiseitegelegt (%1) und von vorn begonnen: Jedes Konto wird erneut beim Hersteller gelesen, und Dokumente, die Nightscout bereits hat, werden erkannt und nicht doppelt hochgeladen.</translation>
    </message>
</context>
<context>
    <name>nb::SyncEngine</name>
    <message>
        <source>A sync of this account is already running.</source>
        <translation>Für dieses Konto läuft bereits eine Synchronisation.</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>Die Synchronisation wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The sign-in was refused. Check the account&apos;s password, then run check-login.</source>
        <translation>Die Anmeldung wurde abgelehnt. Prüfen Sie das Passwort des Kontos und führen Sie dann check-login aus.</translation>
    </message>
</context>
<context>
    <name>nb::carelink::CareLinkSource</name>
    <message numerus="yes">
        <source>This CareLink care partner account follows %n patient(s). Choose one with `nightbridge-cli accounts set %1 --patient USER` (one Nightbridge account per patient).</source>
        <translation>
            <numerusform>Dieses CareLink-Care-Partner-Konto folgt %n Patienten. Wählen Sie ihn mit `nightbridge-cli accounts set %1 --patient BENUTZER` aus (ein Nightbridge-Konto pro Patient).</numerusform>
            <numerusform>Dieses CareLink-Care-Partner-Konto folgt %n Patienten. Wählen Sie einen mit `nightbridge-cli accounts set %1 --patient BENUTZER` aus (ein Nightbridge-Konto pro Patient).</numerusform>
        </translation>
    </message>
    <message>
        <source>The CareLink patient chosen for account &quot;%1&quot; is not an active link of this care partner account.</source>
        <translation>Der für das Konto „%1“ gewählte CareLink-Patient ist keine aktive Verknüpfung dieses Care-Partner-Kontos.</translation>
    </message>
    <message numerus="yes">
        <source>CareLink care partner (%1), following %n patient(s)</source>
        <translation>
            <numerusform>CareLink-Care-Partner (%1), folgt %n Patienten</numerusform>
            <numerusform>CareLink-Care-Partner (%1), folgt %n Patienten</numerusform>
        </translation>
    </message>
    <message>
        <source>CareLink patient (%1)</source>
        <translation>CareLink-Patient (%1)</translation>
    </message>
</context>
<context>
    <name>nb::cli::AccountsCommand</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>Add, list, change or remove accounts (secrets go to the keychain)</source>
        <translation>Konten hinzufügen, auflisten, ändern oder entfernen (Geheimnisse kommen in den Schlüsselbund)</translation>
    </message>
    <message>
        <source>Usage:
  nightbridge-cli accounts list [--json]
  nightbridge-cli accounts add tandem [--email E] [--password-file F] [options]
  nightbridge-cli accounts add carelink --country CC [--patient USER] [options]
  nightbridge-cli accounts set [ID] [field=value ...] [options]
  nightbridge-cli accounts remove ID

Account options (add; set takes them too, or field=value):
  --id ID               the account&apos;s id (default: tandem, tandem-2, carelink, ...)
  --name TEXT           label shown in status and the tray
  --region US|EU        Tandem region; CareLink: skip the country lookup
  --country CC          CareLink: country of the account (ISO code, e.g. US, DE)
  --timezone ZONE       Tandem: the pump clock&apos;s IANA time zone (default: this computer&apos;s)
  --pump-serial S       Tandem: the pump to sync (default: the one with the newest data)
  --features LIST       what to upload (default: the vendor&apos;s defaults)
  --initial-days N      first sync: days of history (1-28, default 1)
  --nightscout-url URL  a Nightscout site of its own (default: the shared site)
  --disabled            added, but not synced
Secrets (stored in the credential store, never in the settings file):
  --email E             Tandem sign-in e-mail (prompted when missing on a terminal)
  --password-file F     Tandem password from the first line of F (else prompted, no echo)
  --password            prompt for the Tandem password (set)
  --patient USER        CareLink care partner: the patient&apos;s CareLink username
  --nightscout-secret-file F  API secret of the account&apos;s site, or with no ID the shared site
  --nightscout-token-file F   access token instead of the API secret
  --site-url URL        (set, no ID) the shared Nightscout site

CareLink accounts sign in with a browser once: `nightbridge-cli carelink login --account ID`.
</source>
        <translation>Aufruf:
  nightbridge-cli accounts list [--json]
  nightbridge-cli accounts add tandem [--email E] [--password-file F] [Optionen]
  nightbridge-cli accounts add carelink --country CC [--patient BENUTZER] [Optionen]
  nightbridge-cli accounts set [ID] [feld=wert ...] [Optionen]
  nightbridge-cli accounts remove ID

Kontooptionen (add; auch set akzeptiert sie, oder feld=wert):
  --id ID               die ID des Kontos (Standard: tandem, tandem-2, carelink, ...)
  --name TEXT           Bezeichnung in Status und Infobereich
  --region US|EU        Tandem-Region; CareLink: Länderabfrage überspringen
  --country CC          CareLink: Land des Kontos (ISO-Code, z. B. US, DE)
  --timezone ZONE       Tandem: IANA-Zeitzone der Pumpenuhr (Standard: die dieses Computers)
  --pump-serial S       Tandem: die zu synchronisierende Pumpe (Standard: die mit den neuesten Daten)
  --features LIST       was hochgeladen wird (Standard: die Vorgaben des Herstellers)
  --initial-days N      erste Synchronisation: Tage Verlauf (1-28, Standard 1)
  --nightscout-url URL  eine eigene Nightscout-Website (Standard: die gemeinsame Website)
  --disabled            hinzugefügt, aber nicht synchronisiert
Geheimnisse (im Zugangsdatenspeicher abgelegt, nie in der Einstellungsdatei):
  --email E             Tandem-Anmelde-E-Mail (wird im Terminal abgefragt, wenn sie fehlt)
  --password-file F     Tandem-Passwort aus der ersten Zeile von F (sonst Abfrage ohne Anzeige)
  --password            das Tandem-Passwort abfragen (set)
  --patient BENUTZER    CareLink-Care-Partner: der CareLink-Benutzername des Patienten
  --nightscout-secret-file F  API-Secret der Website des Kontos, oder ohne ID der gemeinsamen Website
  --nightscout-token-file F   Zugriffstoken statt des API-Secrets
  --site-url URL        (set, ohne ID) die gemeinsame Nightscout-Website

CareLink-Konten melden sich einmal mit einem Browser an: `nightbridge-cli carelink login --account ID`.
</translation>
    </message>
    <message>
        <source>Unknown or incomplete accounts command.</source>
        <translation>Unbekannter oder unvollständiger accounts-Befehl.</translation>
    </message>
    <message>
        <source>No accounts. Add one with `nightbridge-cli accounts add tandem` or `... add carelink`, or import a tconnectsync .env with `nightbridge-cli import-env`.</source>
        <translation>Keine Konten. Fügen Sie eines mit `nightbridge-cli accounts add tandem` oder `... add carelink` hinzu, oder importieren Sie eine tconnectsync-.env mit `nightbridge-cli import-env`.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>VENDOR</source>
        <translation>HERSTELLER</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source> (from the environment)</source>
        <translation> (aus den Umgebungsvariablen)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>The vendor must be tandem or carelink.</source>
        <translation>Der Hersteller muss tandem oder carelink sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid account id (lower-case letters, digits, - and _).</source>
        <translation>„%1“ ist keine gültige Konto-ID (Kleinbuchstaben, Ziffern, - und _).</translation>
    </message>
    <message>
        <source>An account &quot;%1&quot; exists already; change it with `accounts set %1`.</source>
        <translation>Ein Konto „%1“ gibt es bereits; ändern Sie es mit `accounts set %1`.</translation>
    </message>
    <message>
        <source>A CareLink account needs --country (or --region).</source>
        <translation>Ein CareLink-Konto benötigt --country (oder --region).</translation>
    </message>
    <message>
        <source>Added account &quot;%1&quot; (%2).</source>
        <translation>Konto „%1“ (%2) hinzugefügt.</translation>
    </message>
    <message>
        <source>Next: sign in once with `nightbridge-cli carelink login --account %1 --%2 %3`.</source>
        <translation>Als Nächstes einmal anmelden mit `nightbridge-cli carelink login --account %1 --%2 %3`.</translation>
    </message>
    <message>
        <source>Check the sign-in with `nightbridge-cli check-login --account %1`.</source>
        <translation>Prüfen Sie die Anmeldung mit `nightbridge-cli check-login --account %1`.</translation>
    </message>
    <message>
        <source>--password-file needs an account id.</source>
        <translation>--password-file benötigt eine Konto-ID.</translation>
    </message>
    <message>
        <source>Not on a terminal: give the Tandem e-mail with --email and the password with --password-file.</source>
        <translation>Kein Terminal: Geben Sie die Tandem-E-Mail mit --email und das Passwort mit --password-file an.</translation>
    </message>
    <message>
        <source>Tandem Source e-mail: </source>
        <translation>Tandem-Source-E-Mail: </translation>
    </message>
    <message>
        <source>No e-mail given.</source>
        <translation>Keine E-Mail angegeben.</translation>
    </message>
    <message>
        <source>Tandem Source password (not shown): </source>
        <translation>Tandem-Source-Passwort (wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>No password given.</source>
        <translation>Kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>Es gibt kein Konto „%1“.</translation>
    </message>
    <message>
        <source>The shared Nightscout site is updated.</source>
        <translation>Die gemeinsame Nightscout-Website ist aktualisiert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not field=value.</source>
        <translation>„%1“ hat nicht die Form feld=wert.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; is updated.</source>
        <translation>Konto „%1“ ist aktualisiert.</translation>
    </message>
    <message>
        <source>Removed account &quot;%1&quot; and its stored secrets.</source>
        <translation>Konto „%1“ und seine gespeicherten Geheimnisse wurden entfernt.</translation>
    </message>
</context>
<context>
    <name>nb::cli::BackfillCommand</name>
    <message>
        <source>Upload a past range (dates or last N days); resumable, with --pretend diff</source>
        <translation>Einen vergangenen Zeitraum hochladen (Daten oder letzte N Tage); fortsetzbar, mit --pretend-Vergleich</translation>
    </message>
    <message>
        <source>Usage: nightbridge-cli backfill (--start-date D --end-date D | --days N) [options]

Fetches the range from each selected account&apos;s vendor, compares it with what Nightscout holds and
uploads only what is missing or different. Tandem Source is read in windows of up to 28 days.
CareLink keeps only the last 24 hours: older data cannot be backfilled from it (Nightbridge says
so and fills what is left of the range).

  --start-date D   first day (YYYY-MM-DD, local time) or an ISO date-time
  --end-date D     last day, included (default: now)
  --days N         the last N days up to now
  --resume         continue the interrupted backfill of each account (its own range)
  --output FILE    with --pretend: write {&quot;missing&quot;:{...}, &quot;changed&quot;:{...}} per account as JSON
  --json           the final counts as JSON

Progress shows on a terminal as a bar (standard error), else as plain lines. Ctrl-C stops after
saving progress; run the same command again to continue.
Exit codes as for sync; 130 when interrupted.
</source>
        <translation>Aufruf: nightbridge-cli backfill (--start-date D --end-date D | --days N) [Optionen]

Ruft den Zeitraum für jedes ausgewählte Konto beim Hersteller ab, vergleicht ihn mit dem, was Nightscout
hat, und lädt nur hoch, was fehlt oder abweicht. Tandem Source wird in Fenstern von bis zu 28 Tagen gelesen.
CareLink bewahrt nur die letzten 24 Stunden auf: Ältere Daten können von dort nicht nachgeladen werden
(Nightbridge weist darauf hin und füllt, was vom Zeitraum übrig ist).

  --start-date D   erster Tag (JJJJ-MM-TT, Ortszeit) oder ein ISO-Datum mit Uhrzeit
  --end-date D     letzter Tag, einschließlich (Standard: jetzt)
  --days N         die letzten N Tage bis jetzt
  --resume         das unterbrochene Nachladen jedes Kontos fortsetzen (mit seinem eigenen Zeitraum)
  --output DATEI   mit --pretend: {&quot;missing&quot;:{...}, &quot;changed&quot;:{...}} je Konto als JSON schreiben
  --json           die Endsummen als JSON

Im Terminal erscheint der Fortschritt als Balken (Standardfehlerausgabe), sonst als einfache Zeilen.
Strg+C hält nach dem Sichern des Fortschritts an; führen Sie denselben Befehl erneut aus, um fortzufahren.
Exit-Codes wie bei sync; 130 bei Unterbrechung.
</translation>
    </message>
    <message>
        <source>backfill takes no arguments.</source>
        <translation>backfill nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>--days needs a number of days (1 or more).</source>
        <translation>--days benötigt eine Anzahl von Tagen (1 oder mehr).</translation>
    </message>
    <message>
        <source>--start-date and --end-date need dates like 2026-03-01, the start before the end.</source>
        <translation>--start-date und --end-date benötigen Daten wie 2026-03-01, der Anfang vor dem Ende.</translation>
    </message>
    <message>
        <source>backfill needs --start-date/--end-date, --days or --resume.</source>
        <translation>backfill benötigt --start-date/--end-date, --days oder --resume.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: nothing to resume.</source>
        <translation>%1: nichts fortzusetzen.</translation>
    </message>
    <message>
        <source>%1: window %2/%3, found %4, uploaded %5, already there %6</source>
        <translation>%1: Fenster %2/%3, gefunden %4, hochgeladen %5, schon vorhanden %6</translation>
    </message>
    <message>
        <source>%1: %2 documents in the range; %3 already in Nightscout, %4 missing, %5 different (pretend: nothing uploaded)</source>
        <translation>%1: %2 Dokumente im Zeitraum; %3 schon in Nightscout, %4 fehlen, %5 abweichend (Probelauf: nichts hochgeladen)</translation>
    </message>
    <message>
        <source>%1: %2 documents in the range; %3 uploaded, %4 were already in Nightscout%5</source>
        <translation>%1: %2 Dokumente im Zeitraum; %3 hochgeladen, %4 waren schon in Nightscout%5</translation>
    </message>
    <message>
        <source> (resumed)</source>
        <translation> (fortgesetzt)</translation>
    </message>
</context>
<context>
    <name>nb::cli::CareLinkLoginCommand</name>
    <message>
        <source>Sign in to CareLink (prints a URL, reads the address the browser ends on)</source>
        <translation>Bei CareLink anmelden (gibt eine URL aus, liest die Adresse, bei der der Browser landet)</translation>
    </message>
    <message>
        <source>Only `carelink login` exists so far.</source>
        <translation>Bisher gibt es nur `carelink login`.</translation>
    </message>
    <message>
        <source>carelink login needs --country (or --region).</source>
        <translation>carelink login benötigt --country (oder --region).</translation>
    </message>
    <message>
        <source>--region must be US or EU.</source>
        <translation>--region muss US oder EU sein.</translation>
    </message>
    <message>
        <source>Note: the memory credential store forgets the sign-in when this command ends.</source>
        <translation>Hinweis: Der Zugangsdatenspeicher memory vergisst die Anmeldung, wenn dieser Befehl endet.</translation>
    </message>
    <message>
        <source>--credential-store must be keychain, memory, or file with --credential-file.</source>
        <translation>--credential-store muss keychain, memory oder file mit --credential-file sein.</translation>
    </message>
    <message>
        <source>--discovery-url is not a valid URL.</source>
        <translation>--discovery-url ist keine gültige URL.</translation>
    </message>
    <message>
        <source>Open this address in a browser and sign in with the CareLink account for Nightbridge:</source>
        <translation>Öffnen Sie diese Adresse in einem Browser und melden Sie sich mit dem CareLink-Konto für Nightbridge an:</translation>
    </message>
    <message>
        <source>Then paste the address the browser ended on (it starts with %1) and press Enter:</source>
        <translation>Fügen Sie dann die Adresse ein, bei der der Browser gelandet ist (sie beginnt mit %1), und drücken Sie die Eingabetaste:</translation>
    </message>
    <message>
        <source>No address was pasted.</source>
        <translation>Es wurde keine Adresse eingefügt.</translation>
    </message>
    <message>
        <source>No address was pasted in time.</source>
        <translation>Es wurde nicht rechtzeitig eine Adresse eingefügt.</translation>
    </message>
    <message>
        <source>That is not an address. Run `nightbridge-cli carelink login` again.</source>
        <translation>Das ist keine Adresse. Führen Sie `nightbridge-cli carelink login` erneut aus.</translation>
    </message>
    <message>
        <source>Signed in. The refresh token is kept in: %1.</source>
        <translation>Angemeldet. Das Refresh-Token liegt in: %1.</translation>
    </message>
    <message>
        <source>Could not read the account details: %1</source>
        <translation>Die Kontodaten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Account: %1 (%2)</source>
        <translation>Konto: %1 (%2)</translation>
    </message>
    <message>
        <source>No active linked patients: link a patient in CareLink first.</source>
        <translation>Keine aktiv verknüpften Patienten: Verknüpfen Sie zuerst einen Patienten in CareLink.</translation>
    </message>
    <message>
        <source>Patient: %1 (%2 %3)</source>
        <translation>Patient: %1 (%2 %3)</translation>
    </message>
    <message>
        <source>Usage: nightbridge-cli carelink login [--account ID] [--country CC] [options]

Signs in to Medtronic CareLink without a desktop: prints the sign-in address, you open it in any
browser and sign in (CareLink may ask for a captcha). The browser then tries to open an address
that starts with com.medtronic.carepartner:/sso and fails; copy that address (address bar, or
the Network tab of the browser&apos;s developer tools) and paste it here. Nightbridge checks it
belongs to this sign-in, and keeps the resulting refresh token in the credential store.

Use a CareLink follower account of its own for Nightbridge: signing in with the same account in
another app (or the official one) ends this session.

Options:
  --country CC            country of the CareLink account (ISO code, e.g. US, DE, GB; default: the
                          account&apos;s own)
  --region US|EU          skip the country lookup
  --account ID            the Nightbridge account to sign in (default: the only CareLink account;
                          with several, you are asked)
  --credential-store S    keychain (default), file or memory (memory forgets at exit)
  --credential-file PATH  the file of --credential-store file (not encrypted)
  --discovery-url URL     CareLink discovery document (default: the built-in one)
  --app-version V         app version sent to CareLink (default 3.8.0)

Exit codes: 0 signed in, 2 usage, 3 configuration, 4 sign-in refused or the address did not
belong to this sign-in, 5 CareLink unreachable, 6 unexpected answer, 7 credential store, 130 no
address pasted in time.
</source>
        <translation>Aufruf: nightbridge-cli carelink login [--account ID] [--country CC] [Optionen]

Meldet sich ohne Desktop bei Medtronic CareLink an: Gibt die Anmeldeadresse aus, Sie öffnen sie in einem
beliebigen Browser und melden sich an (CareLink fragt eventuell nach einem Captcha). Der Browser versucht
dann, eine Adresse zu öffnen, die mit com.medtronic.carepartner:/sso beginnt, und scheitert; kopieren Sie
diese Adresse (Adressleiste oder Netzwerk-Tab der Entwicklerwerkzeuge des Browsers) und fügen Sie sie hier
ein. Nightbridge prüft, dass sie zu dieser Anmeldung gehört, und legt das erhaltene Refresh-Token im
Zugangsdatenspeicher ab.

Verwenden Sie für Nightbridge ein eigenes CareLink-Follower-Konto: Eine Anmeldung mit demselben Konto in
einer anderen App (oder der offiziellen) beendet diese Sitzung.

Optionen:
  --country CC            Land des CareLink-Kontos (ISO-Code, z. B. US, DE, GB; Standard: das des
                          Kontos)
  --region US|EU          Länderabfrage überspringen
  --account ID            das anzumeldende Nightbridge-Konto (Standard: das einzige CareLink-Konto;
                          bei mehreren werden Sie gefragt)
  --credential-store S    keychain (Standard), file oder memory (memory vergisst beim Beenden)
  --credential-file PFAD  die Datei für --credential-store file (nicht verschlüsselt)
  --discovery-url URL     CareLink-Discovery-Dokument (Standard: das eingebaute)
  --app-version V         an CareLink gesendete App-Version (Standard 3.8.0)

Exit-Codes: 0 angemeldet, 2 Aufruf, 3 Konfiguration, 4 Anmeldung abgelehnt oder die Adresse gehörte
nicht zu dieser Anmeldung, 5 CareLink nicht erreichbar, 6 unerwartete Antwort, 7 Zugangsdatenspeicher,
130 keine Adresse rechtzeitig eingefügt.
</translation>
    </message>
    <message>
        <source>--discovery-url must be an https address (or http to 127.0.0.1 or ::1).</source>
        <translation>--discovery-url muss eine https-Adresse sein (oder http an 127.0.0.1 oder ::1).</translation>
    </message>
    <message>
        <source>There are several CareLink accounts: %1. Name one with --account.</source>
        <translation>Es gibt mehrere CareLink-Konten: %1. Nennen Sie eines mit --account.</translation>
    </message>
    <message>
        <source>Which CareLink account do you want to sign in (%1)? </source>
        <translation>Welches CareLink-Konto möchten Sie anmelden (%1)? </translation>
    </message>
    <message>
        <source>There is no CareLink account &quot;%1&quot;.</source>
        <translation>Es gibt kein CareLink-Konto „%1“.</translation>
    </message>
</context>
<context>
    <name>nb::cli::CheckLoginCommand</name>
    <message>
        <source>Sign in to each account&apos;s vendor and show who it is</source>
        <translation>Beim Hersteller jedes Kontos anmelden und zeigen, wer es ist</translation>
    </message>
    <message>
        <source>check-login takes no arguments.</source>
        <translation>check-login nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: signed in: %2</source>
        <translation>%1: angemeldet: %2</translation>
    </message>
    <message>
        <source>%1: the pause after the refused sign-in is lifted.</source>
        <translation>%1: Die Pause nach der abgelehnten Anmeldung ist aufgehoben.</translation>
    </message>
    <message>
        <source>Usage: nightbridge-cli check-login [--account A]

Signs in to Tandem Source / CareLink for each selected account and prints the pump or role it
found. A sign-in refused earlier paused the account; a successful check lifts that pause.
Exit codes: 0 all signed in, 3 configuration (missing password, ...), 4 refused or sign-in needed,
5 vendor unreachable, 6 unexpected answer, 8 another Nightbridge process is syncing.
</source>
        <translation>Aufruf: nightbridge-cli check-login [--account A]

Meldet sich für jedes ausgewählte Konto bei Tandem Source / CareLink an und zeigt die gefundene Pumpe
oder Rolle. Eine früher abgelehnte Anmeldung hat das Konto pausiert; eine erfolgreiche Prüfung hebt diese Pause auf.
Exit-Codes: 0 alle angemeldet, 3 Konfiguration (fehlendes Passwort, ...), 4 abgelehnt oder Anmeldung erforderlich,
5 Hersteller nicht erreichbar, 6 unerwartete Antwort, 8 ein anderer Nightbridge-Prozess synchronisiert.
</translation>
    </message>
</context>
<context>
    <name>nb::cli::CliEnvironment</name>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>nb::cli::CredentialPresence</name>
    <message>
        <source>no CareLink sign-in is stored: run `nightbridge-cli carelink login --account %1`</source>
        <translation>keine CareLink-Anmeldung gespeichert: Führen Sie `nightbridge-cli carelink login --account %1` aus</translation>
    </message>
    <message>
        <source>no Tandem password is stored: run `nightbridge-cli accounts set %1 --password-file FILE`</source>
        <translation>kein Tandem-Passwort gespeichert: Führen Sie `nightbridge-cli accounts set %1 --password-file DATEI` aus</translation>
    </message>
    <message>
        <source>no Nightscout API secret is stored: run `nightbridge-cli accounts set --nightscout-secret-file FILE` or set NS_SECRET</source>
        <translation>kein Nightscout-API-Secret gespeichert: Führen Sie `nightbridge-cli accounts set --nightscout-secret-file DATEI` aus oder setzen Sie NS_SECRET</translation>
    </message>
</context>
<context>
    <name>nb::cli::DoctorCommand</name>
    <message>
        <source>Check configuration, secrets, keychain, Nightscout, sign-ins, clock and disk in one go</source>
        <translation>Konfiguration, Secrets, Schlüsselbund, Nightscout, Anmeldungen, Uhr und Speicher auf einmal prüfen</translation>
    </message>
    <message>
        <source>Usage: nightbridge-cli doctor [--account A]

Checks, one line each with the fix when something is wrong: the configuration is found, the
passwords and the Nightscout secret are stored, the keychain answers, each Nightscout site is
reachable and accepts uploads, each vendor sign-in works, this computer&apos;s clock agrees with the
servers&apos; (their Date header), and the configuration and data folders are writable.

The sign-ins are only tried when they can succeed (a password is stored, the account is not paused
after a refused password), so doctor never spends one of the vendor&apos;s few sign-in attempts for
nothing; while another Nightbridge process syncs, they are skipped.

Exit codes: 0 every check passed, 1 some check failed.
</source>
        <translation>Aufruf: nightbridge-cli doctor [--account A]

Prüft, je eine Zeile mit der Abhilfe, wenn etwas nicht stimmt: ob die Konfiguration gefunden wird, die
Passwörter und das Nightscout-Secret gespeichert sind, der Schlüsselbund antwortet, jede Nightscout-Website
erreichbar ist und Uploads annimmt, jede Anmeldung beim Hersteller funktioniert, die Uhr dieses Computers mit
der der Server übereinstimmt (deren Date-Header) und die Konfigurations- und Datenordner beschreibbar sind.

Die Anmeldungen werden nur versucht, wenn sie gelingen können (ein Passwort ist gespeichert, das Konto ist nicht
nach einem abgelehnten Passwort pausiert), sodass doctor nie einen der wenigen Anmeldeversuche des Herstellers
unnötig verbraucht; während ein anderer Nightbridge-Prozess synchronisiert, werden sie übersprungen.

Exit-Codes: 0 alle Prüfungen bestanden, 1 eine Prüfung fehlgeschlagen.
</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>doctor takes no arguments.</source>
        <translation>doctor nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>demo mode</source>
        <translation>Demomodus</translation>
    </message>
    <message>
        <source>the environment variables</source>
        <translation>die Umgebungsvariablen</translation>
    </message>
    <message>
        <source>%1 has no enabled account.</source>
        <translation>%1 enthält kein aktiviertes Konto.</translation>
    </message>
    <message>
        <source>no settings file at %1 and no account in the environment.</source>
        <translation>keine Einstellungsdatei unter %1 und kein Konto in der Umgebung.</translation>
    </message>
    <message>
        <source>add one with `nightbridge-cli accounts add tandem` (or carelink), or import a tconnectsync .env with `nightbridge-cli import-env`; give --config DIR if your configuration is elsewhere.</source>
        <translation>Fügen Sie eines mit `nightbridge-cli accounts add tandem` (oder carelink) hinzu oder importieren Sie eine tconnectsync-.env mit `nightbridge-cli import-env`; geben Sie --config DIR an, wenn Ihre Konfiguration woanders liegt.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n account(s): %2</source>
        <translation>
            <numerusform>%1, %n Konto: %2</numerusform>
            <numerusform>%1, %n Konten: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>credential store</source>
        <translation>Zugangsdatenspeicher</translation>
    </message>
    <message>
        <source>demo mode keeps its secrets in memory</source>
        <translation>der Demomodus hält seine Secrets im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 antwortet</translation>
    </message>
    <message>
        <source>on a computer without a desktop keychain, set NIGHTBRIDGE_CREDENTIAL_STORE=file (or `import-env --credential-store file`) and store the secrets again.</source>
        <translation>Auf einem Computer ohne Desktop-Schlüsselbund setzen Sie NIGHTBRIDGE_CREDENTIAL_STORE=file (oder `import-env --credential-store file`) und speichern die Secrets erneut.</translation>
    </message>
    <message>
        <source>secrets of %1</source>
        <translation>Secrets von %1</translation>
    </message>
    <message>
        <source>CareLink sign-in and Nightscout secret stored</source>
        <translation>CareLink-Anmeldung und Nightscout-Secret gespeichert</translation>
    </message>
    <message>
        <source>password and Nightscout secret stored</source>
        <translation>Passwort und Nightscout-Secret gespeichert</translation>
    </message>
    <message>
        <source>Nightscout</source>
        <translation>Nightscout</translation>
    </message>
    <message>
        <source>Nightscout of %1</source>
        <translation>Nightscout von %1</translation>
    </message>
    <message>
        <source>%1 reachable (Nightscout %2), uploads allowed</source>
        <translation>%1 erreichbar (Nightscout %2), Uploads erlaubt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>test it with `nightbridge-cli nightscout check`; change the site or secret with `nightbridge-cli accounts set --nightscout-url URL --nightscout-secret-file FILE`.</source>
        <translation>Testen Sie mit `nightbridge-cli nightscout check`; ändern Sie Website oder Secret mit `nightbridge-cli accounts set --nightscout-url URL --nightscout-secret-file DATEI`.</translation>
    </message>
    <message>
        <source>%1 answers but does not accept uploads with this secret.</source>
        <translation>%1 antwortet, nimmt mit diesem Secret aber keine Uploads an.</translation>
    </message>
    <message>
        <source>use the site&apos;s API_SECRET, or a token whose role may write (careportal).</source>
        <translation>Verwenden Sie das API_SECRET der Website oder ein Token, dessen Rolle schreiben darf (careportal).</translation>
    </message>
    <message>
        <source>vendor sign-in</source>
        <translation>Anmeldung beim Hersteller</translation>
    </message>
    <message>
        <source>not tried: %1</source>
        <translation>nicht versucht: %1</translation>
    </message>
    <message>
        <source>sign-in of %1</source>
        <translation>Anmeldung von %1</translation>
    </message>
    <message>
        <source>not tried: nothing to sign in with (see the secrets line).</source>
        <translation>nicht versucht: nichts zum Anmelden vorhanden (siehe die Zeile zu den Secrets).</translation>
    </message>
    <message>
        <source>paused after the vendor refused the password; not tried again, so the account is not locked.</source>
        <translation>pausiert, nachdem der Hersteller das Passwort abgelehnt hat; nicht erneut versucht, damit das Konto nicht gesperrt wird.</translation>
    </message>
    <message>
        <source>sign in again with `nightbridge-cli carelink login --account %1`.</source>
        <translation>Melden Sie sich erneut an mit `nightbridge-cli carelink login --account %1`.</translation>
    </message>
    <message>
        <source>store the current password with `nightbridge-cli accounts set %1 --password-file FILE`, then run `nightbridge-cli check-login --account %1`.</source>
        <translation>Speichern Sie das aktuelle Passwort mit `nightbridge-cli accounts set %1 --password-file DATEI` und führen Sie dann `nightbridge-cli check-login --account %1` aus.</translation>
    </message>
    <message>
        <source>signed in: %1</source>
        <translation>angemeldet: %1</translation>
    </message>
    <message>
        <source>check the password (`nightbridge-cli accounts set %1 --password-file FILE`).</source>
        <translation>Prüfen Sie das Passwort (`nightbridge-cli accounts set %1 --password-file DATEI`).</translation>
    </message>
    <message>
        <source>clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>not compared: no server sent its time.</source>
        <translation>nicht verglichen: Kein Server hat seine Uhrzeit gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>this computer&apos;s clock is %n minute(s) behind %1.</source>
        <translation>
            <numerusform>die Uhr dieses Computers geht %n Minute hinter %1 nach.</numerusform>
            <numerusform>die Uhr dieses Computers geht %n Minuten hinter %1 nach.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this computer&apos;s clock is %n minute(s) ahead of %1.</source>
        <translation>
            <numerusform>die Uhr dieses Computers geht gegenüber %1 %n Minute vor.</numerusform>
            <numerusform>die Uhr dieses Computers geht gegenüber %1 %n Minuten vor.</numerusform>
        </translation>
    </message>
    <message>
        <source>set the clock automatically (Linux: `timedatectl set-ntp true`; Windows and macOS: Date &amp; Time settings, set time automatically). Sign-ins and reading times depend on it.</source>
        <translation>Stellen Sie die Uhr automatisch (Linux: `timedatectl set-ntp true`; Windows und macOS: Einstellungen für Datum und Uhrzeit, Uhrzeit automatisch festlegen). Anmeldungen und Messzeiten hängen davon ab.</translation>
    </message>
    <message numerus="yes">
        <source>agrees with the servers (within %n second(s)).</source>
        <translation>
            <numerusform>stimmt mit den Servern überein (innerhalb von %n Sekunde).</numerusform>
            <numerusform>stimmt mit den Servern überein (innerhalb von %n Sekunden).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>disk</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>the configuration and data folders are writable</source>
        <translation>die Konfigurations- und Datenordner sind beschreibbar</translation>
    </message>
    <message>
        <source>cannot write in %1.</source>
        <translation>kann nicht in %1 schreiben.</translation>
    </message>
    <message>
        <source>free some space or fix the folder&apos;s permissions, or use --config DIR.</source>
        <translation>Geben Sie Speicherplatz frei oder korrigieren Sie die Berechtigungen des Ordners, oder verwenden Sie --config DIR.</translation>
    </message>
    <message>
        <source>Everything looks fine.</source>
        <translation>Alles sieht gut aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n Problem gefunden.</numerusform>
            <numerusform>%n Probleme gefunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::cli::EnvCommand</name>
    <message>
        <source>No accounts are configured. Add one with `nightbridge-cli accounts add tandem` (or carelink), import a tconnectsync .env with `nightbridge-cli import-env`, set TCONNECT_EMAIL/TCONNECT_PASSWORD, or try `nightbridge-cli --demo`.</source>
        <translation>Es sind keine Konten konfiguriert. Fügen Sie eines mit `nightbridge-cli accounts add tandem` (oder carelink) hinzu, importieren Sie eine tconnectsync-.env mit `nightbridge-cli import-env`, setzen Sie TCONNECT_EMAIL/TCONNECT_PASSWORD oder probieren Sie `nightbridge-cli --demo`.</translation>
    </message>
    <message>
        <source>%1: none of the features %2 is a %3 feature; this account is left out.</source>
        <translation>%1: Keine der Funktionen %2 ist eine %3-Funktion; dieses Konto wird ausgelassen.</translation>
    </message>
    <message>
        <source>No selected account knows the features %1.</source>
        <translation>Kein ausgewähltes Konto kennt die Funktionen %1.</translation>
    </message>
</context>
<context>
    <name>nb::cli::FeatureList</name>
    <message>
        <source>Unknown feature name(s): %1. Known: Tandem %2; CareLink %3 (and &quot;all&quot;).</source>
        <translation>Unbekannte Funktionsnamen: %1. Bekannt: Tandem %2; CareLink %3 (und „all“).</translation>
    </message>
</context>
<context>
    <name>nb::cli::GlobalOptions</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 benötigt einen Wert.</translation>
    </message>
</context>
<context>
    <name>nb::cli::ImportEnvCommand</name>
    <message>
        <source>Import a tconnectsync .env (or minimed-connect variables) into accounts and the keychain</source>
        <translation>Eine tconnectsync-.env (oder minimed-connect-Variablen) in Konten und Schlüsselbund importieren</translation>
    </message>
    <message>
        <source>No .env file found (looked at %1). Name the file to import.</source>
        <translation>Keine .env-Datei gefunden (gesucht in %1). Geben Sie die zu importierende Datei an.</translation>
    </message>
    <message>
        <source>CareLink account &quot;%1&quot;: sign in once with `nightbridge-cli carelink login --account %1 --%2 %3`.</source>
        <translation>CareLink-Konto „%1“: Melden Sie sich einmal an mit `nightbridge-cli carelink login --account %1 --%2 %3`.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <source>  account &quot;%1&quot; created</source>
        <translation>  Konto „%1“ angelegt</translation>
    </message>
    <message>
        <source>  secrets stored in: %1</source>
        <translation>  Geheimnisse gespeichert in: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Now delete %1: it still holds your passwords in plain text, and Nightbridge does not need it.</source>
        <translation>Löschen Sie jetzt %1: Die Datei enthält Ihre Passwörter noch im Klartext, und Nightbridge braucht sie nicht.</translation>
    </message>
    <message>
        <source>Usage: nightbridge-cli import-env [FILE] [--credential-store file]

Reads FILE (default: ./.env, else ~/.config/tconnectsync/.env), the configuration of tconnectsync
(TCONNECT_EMAIL, TCONNECT_PASSWORD, TCONNECT_REGION, TIMEZONE_NAME, PUMP_SERIAL_NUMBER, NS_URL,
NS_SECRET) or of minimed-connect-to-nightscout (CARELINK_USERNAME, CARELINK_PATIENT,
MMCONNECT_SERVER, MMCONNECT_COUNTRYCODE, API_SECRET, NS). Creates the accounts and the Nightscout
site, and stores the passwords and secrets in the credential store. The file itself is left alone:
delete it afterwards, it holds your passwords in plain text.

Importing the same file again updates the accounts it made instead of adding new ones.
Without a keychain (a server without a desktop session) nothing is imported: use
--credential-store file (or NIGHTBRIDGE_CREDENTIAL_STORE=file) to keep the secrets in
credentials.json in the configuration folder instead (readable by your user only, not encrypted).
</source>
        <translation>Aufruf: nightbridge-cli import-env [DATEI] [--credential-store file]

Liest DATEI (Standard: ./.env, sonst ~/.config/tconnectsync/.env), die Konfiguration von tconnectsync
(TCONNECT_EMAIL, TCONNECT_PASSWORD, TCONNECT_REGION, TIMEZONE_NAME, PUMP_SERIAL_NUMBER, NS_URL,
NS_SECRET) oder von minimed-connect-to-nightscout (CARELINK_USERNAME, CARELINK_PATIENT,
MMCONNECT_SERVER, MMCONNECT_COUNTRYCODE, API_SECRET, NS). Legt die Konten und die Nightscout-Website
an und speichert die Passwörter und Secrets im Zugangsdatenspeicher. Die Datei selbst bleibt unverändert:
Löschen Sie sie danach, sie enthält Ihre Passwörter im Klartext.

Erneutes Importieren derselben Datei aktualisiert die damals angelegten Konten, statt neue hinzuzufügen.
Ohne Schlüsselbund (ein Server ohne Desktop-Sitzung) wird nichts importiert: Verwenden Sie
--credential-store file (oder NIGHTBRIDGE_CREDENTIAL_STORE=file), um die Secrets stattdessen in
credentials.json im Konfigurationsordner abzulegen (nur für Ihren Benutzer lesbar, nicht verschlüsselt).
</translation>
    </message>
    <message>
        <source>--credential-store must be keychain or file.</source>
        <translation>--credential-store muss keychain oder file sein.</translation>
    </message>
    <message>
        <source>Nothing was imported. Without a keychain, keep the secrets in a file instead: run again with --credential-store file (or NIGHTBRIDGE_CREDENTIAL_STORE=file); the file is readable by your user only, but not encrypted.</source>
        <translation>Es wurde nichts importiert. Ohne Schlüsselbund legen Sie die Secrets stattdessen in einer Datei ab: Führen Sie den Befehl erneut mit --credential-store file (oder NIGHTBRIDGE_CREDENTIAL_STORE=file) aus; die Datei ist nur für Ihren Benutzer lesbar, aber nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>  account &quot;%1&quot; updated (imported before)</source>
        <translation>  Konto „%1“ aktualisiert (früher importiert)</translation>
    </message>
</context>
<context>
    <name>nb::cli::StatusCommand</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n min)</source>
        <translation>
            <numerusform>%1 (in %n Min.)</numerusform>
            <numerusform>%1 (in %n Min.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n min ago)</source>
        <translation>
            <numerusform>%1 (vor %n Min.)</numerusform>
            <numerusform>%1 (vor %n Min.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show each account&apos;s sync state, last reading and errors</source>
        <translation>Synchronisationsstatus, letzten Messwert und Fehler jedes Kontos anzeigen</translation>
    </message>
    <message>
        <source>  last success:  %1</source>
        <translation>  letzter Erfolg: %1</translation>
    </message>
    <message>
        <source>  next run:      %1</source>
        <translation>  nächster Lauf:  %1</translation>
    </message>
    <message>
        <source>  last reading:  %1 mg/dL %2 at %3</source>
        <translation>  letzter Wert:   %1 mg/dL %2 um %3</translation>
    </message>
    <message>
        <source>, IOB %1 U</source>
        <translation>, IOB %1 IE</translation>
    </message>
    <message>
        <source>  uploaded:      %1 last run, %2 in total; healed %3 last run, %4 in total</source>
        <translation>  hochgeladen:    %1 beim letzten Lauf, %2 insgesamt; repariert %3 beim letzten Lauf, %4 insgesamt</translation>
    </message>
    <message numerus="yes">
        <source>  waiting:       %n document(s) not yet confirmed by Nightscout</source>
        <translation>
            <numerusform>  ausstehend:     %n Dokument noch nicht von Nightscout bestätigt</numerusform>
            <numerusform>  ausstehend:     %n Dokumente noch nicht von Nightscout bestätigt</numerusform>
        </translation>
    </message>
    <message>
        <source>  last error:    %1</source>
        <translation>  letzter Fehler: %1</translation>
    </message>
    <message>
        <source>No accounts are configured.</source>
        <translation>Es sind keine Konten konfiguriert.</translation>
    </message>
    <message>
        <source>Usage: nightbridge-cli status [--json] [--account A]

Shows, for each account, whether syncing works, when it last succeeded, the last error and what to
do about it, when the next run is planned (while a daemon runs), how much was uploaded and healed,
and the latest reading with its trend and IOB, and whether the password (or CareLink sign-in) and the
Nightscout secret are stored. Reads the state file and the credential store only (no network).

Exit codes: 0 all accounts fine, 1 some account failing, needing attention or missing a secret,
3 no accounts.
</source>
        <translation>Aufruf: nightbridge-cli status [--json] [--account A]

Zeigt für jedes Konto, ob die Synchronisation funktioniert, wann sie zuletzt erfolgreich war, den letzten Fehler
und was dagegen zu tun ist, wann der nächste Lauf geplant ist (während ein Dienst läuft), wie viel hochgeladen
und repariert wurde, den neuesten Messwert mit Trend und IOB, sowie ob das Passwort (oder die CareLink-Anmeldung)
und das Nightscout-Secret gespeichert sind. Liest nur die Statusdatei und den Zugangsdatenspeicher (kein Netzwerk).

Exit-Codes: 0 alle Konten in Ordnung, 1 ein Konto schlägt fehl, braucht Aufmerksamkeit oder ihm fehlt ein Secret,
3 keine Konten.
</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nie synchronisiert</translation>
    </message>
    <message>
        <source>  last success:  never synced</source>
        <translation>  letzter Erfolg: noch nie synchronisiert</translation>
    </message>
    <message>
        <source>  secrets:       %1 %2, Nightscout secret %3</source>
        <translation>  Secrets:       %1 %2, Nightscout-Secret %3</translation>
    </message>
    <message>
        <source>CareLink sign-in</source>
        <translation>CareLink-Anmeldung</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>FEHLT</translation>
    </message>
    <message>
        <source>  to do:         %1</source>
        <translation>  zu tun:        %1</translation>
    </message>
    <message>
        <source>  credential store: %1</source>
        <translation>  Zugangsdatenspeicher: %1</translation>
    </message>
    <message numerus="yes">
        <source>  damaged:       %n pending upload file(s) could not be read and were set aside in %1: %2. Their data is fetched again; check the disk, then delete them.</source>
        <translation>
            <numerusform>  beschädigt:     %n ausstehende Upload-Datei konnte nicht gelesen werden und wurde in %1 beiseitegelegt: %2. Ihre Daten werden erneut abgerufen; prüfen Sie den Datenträger und löschen Sie sie dann.</numerusform>
            <numerusform>  beschädigt:     %n ausstehende Upload-Dateien konnten nicht gelesen werden und wurden in %1 beiseitegelegt: %2. Ihre Daten werden erneut abgerufen; prüfen Sie den Datenträger und löschen Sie sie dann.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::cli::SyncCommand</name>
    <message>
        <source>Sync every enabled account once, or continuously (--auto-update)</source>
        <translation>Jedes aktive Konto einmal oder fortlaufend (--auto-update) synchronisieren</translation>
    </message>
    <message>
        <source>Usage: nightbridge-cli sync [--once | --auto-update] [--json] [global options]

--once (default)  one pass over the enabled accounts (--account narrows), for cron or a systemd timer
--auto-update     keep running: each account syncs when its vendor has new data (CareLink just after
                  each 5-minute reading, Tandem as often as the pump app uploads, 5-25 min), backs off
                  on errors, and waits for you when a password is refused. Stops on Ctrl-C / SIGTERM.
--json            one JSON object per account and run on standard output
--pretend         fetch and convert, print what would be uploaded, change nothing

Only one process syncs at a time (exit code 8 when another one does).
Exit codes: 0 ok, 3 configuration, 4 sign-in refused or needed, 5 unavailable (try later),
6 unexpected vendor answer, 7 local storage, 8 busy, 130 interrupted.
</source>
        <translation>Aufruf: nightbridge-cli sync [--once | --auto-update] [--json] [globale Optionen]

--once (Standard) ein Durchlauf über die aktiven Konten (--account schränkt ein), für cron oder einen systemd-Timer
--auto-update     weiterlaufen: Jedes Konto synchronisiert, sobald sein Hersteller neue Daten hat (CareLink kurz nach
                  jedem 5-Minuten-Messwert, Tandem so oft, wie die Pumpen-App hochlädt, 5-25 Min.), wartet bei
                  Fehlern länger und wartet auf Sie, wenn ein Passwort abgelehnt wird. Endet mit Strg+C / SIGTERM.
--json            ein JSON-Objekt pro Konto und Lauf auf der Standardausgabe
--pretend         abrufen und umwandeln, ausgeben, was hochgeladen würde, nichts ändern

Es synchronisiert immer nur ein Prozess (Exit-Code 8, wenn ein anderer das gerade tut).
Exit-Codes: 0 OK, 3 Konfiguration, 4 Anmeldung abgelehnt oder erforderlich, 5 nicht verfügbar (später versuchen),
6 unerwartete Herstellerantwort, 7 lokaler Speicher, 8 beschäftigt, 130 unterbrochen.
</translation>
    </message>
    <message>
        <source>sync takes no arguments.</source>
        <translation>sync nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>--once and --auto-update exclude each other.</source>
        <translation>--once und --auto-update schließen sich gegenseitig aus.</translation>
    </message>
    <message>
        <source>DEMO MODE: simulated CareLink and Tandem data, no real vendor account is used.</source>
        <translation>DEMO-MODUS: simulierte CareLink- und Tandem-Daten, es wird kein echtes Herstellerkonto verwendet.</translation>
    </message>
    <message>
        <source>Stopping.</source>
        <translation>Wird beendet.</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %n account(s) continuously; Ctrl-C stops.</source>
        <translation>
            <numerusform>%n Konto wird fortlaufend synchronisiert; Strg+C beendet.</numerusform>
            <numerusform>%n Konten werden fortlaufend synchronisiert; Strg+C beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message numerus="yes">
        <source> (%n document(s) kept for the next attempt)</source>
        <translation>
            <numerusform> (%n Dokument für den nächsten Versuch aufbewahrt)</numerusform>
            <numerusform> (%n Dokumente für den nächsten Versuch aufbewahrt)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: would upload %3 entries, %4 treatments, %5 devicestatus, %6 profile (pretend: nothing sent)</source>
        <translation>%1 %2: würde %3 Einträge, %4 Behandlungen, %5 Gerätestatus, %6 Profil hochladen (Probelauf: nichts gesendet)</translation>
    </message>
    <message>
        <source>%1 %2: uploaded %3</source>
        <translation>%1 %2: hochgeladen %3</translation>
    </message>
    <message numerus="yes">
        <source>, healed %n</source>
        <translation>
            <numerusform>, repariert %n</numerusform>
            <numerusform>, repariert %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n from an interrupted run</source>
        <translation>
            <numerusform>, %n aus einem unterbrochenen Lauf</numerusform>
            <numerusform>, %n aus einem unterbrochenen Lauf</numerusform>
        </translation>
    </message>
    <message>
        <source>; newest data %1</source>
        <translation>; neueste Daten %1</translation>
    </message>
    <message>
        <source>; next run %1</source>
        <translation>; nächster Lauf %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pending upload file(s) in %2 could not be read and were set aside (%3). Their data is fetched again from the vendor; check the disk, then delete those files.</source>
        <translation>
            <numerusform>%1: %n ausstehende Upload-Datei in %2 konnte nicht gelesen werden und wurde beiseitegelegt (%3). Ihre Daten werden erneut beim Hersteller abgerufen; prüfen Sie den Datenträger und löschen Sie dann diese Datei.</numerusform>
            <numerusform>%1: %n ausstehende Upload-Dateien in %2 konnten nicht gelesen werden und wurden beiseitegelegt (%3). Ihre Daten werden erneut beim Hersteller abgerufen; prüfen Sie den Datenträger und löschen Sie dann diese Dateien.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::gui::Application</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The settings dialog is not part of this build yet. Until it is, the settings are in %1 (or use nightbridge-cli).</source>
        <translation>Der Einstellungsdialog ist noch nicht Teil dieser Version. Bis dahin stehen die Einstellungen in %1 (oder verwenden Sie nightbridge-cli).</translation>
    </message>
    <message>
        <source>Backfill</source>
        <translation>Nachladen</translation>
    </message>
    <message>
        <source>The backfill dialog is not part of this build yet. Until it is, use `nightbridge-cli backfill --days N`.</source>
        <translation>Der Dialog zum Nachladen ist noch nicht Teil dieser Version. Bis dahin verwenden Sie `nightbridge-cli backfill --days N`.</translation>
    </message>
    <message>
        <source>CareLink sign-in</source>
        <translation>CareLink-Anmeldung</translation>
    </message>
    <message>
        <source>Nightbridge</source>
        <translation>Nightbridge</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Check the account&apos;s password and the Nightscout address and secret in Settings. The settings dialog is not part of this build yet; until it is, use `nightbridge-cli accounts set %1`.</source>
        <translation>Prüfen Sie das Passwort des Kontos sowie Nightscout-Adresse und Secret in den Einstellungen. Der Einstellungsdialog ist noch nicht Teil dieser Version; bis dahin verwenden Sie `nightbridge-cli accounts set %1`.</translation>
    </message>
    <message>
        <source>Nightbridge received a CareLink sign-in, but no sign-in was started here or it was already completed. Use “Sign in again” in the status window to start a new one.</source>
        <translation>Nightbridge hat eine CareLink-Anmeldung empfangen, aber hier wurde keine Anmeldung gestartet oder sie ist bereits abgeschlossen. Starten Sie im Statusfenster mit „Erneut anmelden“ eine neue.</translation>
    </message>
    <message>
        <source>Set up Nightbridge</source>
        <translation>Nightbridge einrichten</translation>
    </message>
    <message>
        <source>The setup wizard is not part of this build. Add an account with `nightbridge-cli accounts add`.</source>
        <translation>Der Einrichtungsassistent ist nicht Teil dieser Version. Fügen Sie ein Konto mit `nightbridge-cli accounts add` hinzu.</translation>
    </message>
    <message>
        <source>Nightbridge started from scratch</source>
        <translation>Nightbridge hat von vorn begonnen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pending upload file(s) in %2 could not be read and were set aside (%3). Their data is fetched again from the vendor; check the disk, then delete those files.</source>
        <translation>
            <numerusform>%1: %n ausstehende Upload-Datei in %2 konnte nicht gelesen werden und wurde beiseitegelegt (%3). Ihre Daten werden erneut beim Hersteller abgerufen; prüfen Sie den Datenträger und löschen Sie dann diese Datei.</numerusform>
            <numerusform>%1: %n ausstehende Upload-Dateien in %2 konnten nicht gelesen werden und wurden beiseitegelegt (%3). Ihre Daten werden erneut beim Hersteller abgerufen; prüfen Sie den Datenträger und löschen Sie dann diese Dateien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Diagnostics copied</source>
        <translation>Diagnose kopiert</translation>
    </message>
    <message>
        <source>The diagnostics (without passwords or secrets) are on the clipboard; paste them into your message.</source>
        <translation>Die Diagnose (ohne Passwörter oder Geheimnisse) ist in der Zwischenablage; fügen Sie sie in Ihre Nachricht ein.</translation>
    </message>
</context>
<context>
    <name>nb::gui::CareLinkSignIn</name>
    <message>
        <source>Nightbridge could not open the browser for the CareLink sign-in.</source>
        <translation>Nightbridge konnte den Browser für die CareLink-Anmeldung nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>nb::ns::NsConnectionTest</name>
    <message>
        <source>The access token may not upload device status or profiles (%1).</source>
        <translation>Das Zugriffstoken darf keinen Gerätestatus und keine Profile hochladen (%1).</translation>
    </message>
</context>
<context>
    <name>nb::setup::ConflictAnalysis</name>
    <message>
        <source>glucose readings</source>
        <translation>Glukosewerte</translation>
    </message>
    <message>
        <source>boluses and carbs</source>
        <translation>Boli und Kohlenhydrate</translation>
    </message>
    <message>
        <source>temp basals</source>
        <translation>temporäre Basalraten</translation>
    </message>
    <message>
        <source>profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>pump status</source>
        <translation>Pumpenstatus</translation>
    </message>
    <message>
        <source>pump events</source>
        <translation>Pumpenereignisse</translation>
    </message>
    <message>
        <source>An unnamed uploader</source>
        <translation>Ein unbenannter Uploader</translation>
    </message>
    <message numerus="yes">
        <source>%1 already posts glucose readings to this Nightscout (%n recently). If it reads the same sensor, leave glucose readings off here, or every reading appears twice.</source>
        <translation>
            <numerusform>%1 sendet bereits Glukosewerte an dieses Nightscout (%n in letzter Zeit). Liest er denselben Sensor, lassen Sie Glukosewerte hier ausgeschaltet, sonst erscheint jeder Wert doppelt.</numerusform>
            <numerusform>%1 sendet bereits Glukosewerte an dieses Nightscout (%n in letzter Zeit). Liest er denselben Sensor, lassen Sie Glukosewerte hier ausgeschaltet, sonst erscheint jeder Wert doppelt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Boluses or carbs are also entered by hand in Nightscout (%n recently). Synced from the pump as well, they would count twice in insulin and carbs on board.</source>
        <translation>
            <numerusform>Boli oder Kohlenhydrate werden auch von Hand in Nightscout eingetragen (%n in letzter Zeit). Zusätzlich von der Pumpe synchronisiert, zählten sie beim aktiven Insulin und bei den aktiven Kohlenhydraten doppelt.</numerusform>
            <numerusform>Boli oder Kohlenhydrate werden auch von Hand in Nightscout eingetragen (%n in letzter Zeit). Zusätzlich von der Pumpe synchronisiert, zählten sie beim aktiven Insulin und bei den aktiven Kohlenhydraten doppelt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already uploads boluses or carbs (%n recently). Upload them from one place only, or they count twice.</source>
        <translation>
            <numerusform>%1 lädt bereits Boli oder Kohlenhydrate hoch (%n in letzter Zeit). Laden Sie sie nur von einer Stelle hoch, sonst zählen sie doppelt.</numerusform>
            <numerusform>%1 lädt bereits Boli oder Kohlenhydrate hoch (%n in letzter Zeit). Laden Sie sie nur von einer Stelle hoch, sonst zählen sie doppelt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Temp basals are also entered by hand in Nightscout (%n recently); the pump&apos;s own would overlap them.</source>
        <translation>
            <numerusform>Temporäre Basalraten werden auch von Hand in Nightscout eingetragen (%n in letzter Zeit); die der Pumpe würden sich damit überschneiden.</numerusform>
            <numerusform>Temporäre Basalraten werden auch von Hand in Nightscout eingetragen (%n in letzter Zeit); die der Pumpe würden sich damit überschneiden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already uploads temp basals (%n recently). Two sources of basal make the basal graph and insulin on board wrong.</source>
        <translation>
            <numerusform>%1 lädt bereits temporäre Basalraten hoch (%n in letzter Zeit). Zwei Basal-Quellen verfälschen die Basalkurve und das aktive Insulin.</numerusform>
            <numerusform>%1 lädt bereits temporäre Basalraten hoch (%n in letzter Zeit). Zwei Basal-Quellen verfälschen die Basalkurve und das aktive Insulin.</numerusform>
        </translation>
    </message>
    <message>
        <source>This Nightscout has a profile made in its profile editor. Uploading the pump&apos;s profiles makes them the active profile instead.</source>
        <translation>Dieses Nightscout hat ein Profil aus seinem Profil-Editor. Wenn Sie die Profile der Pumpe hochladen, werden stattdessen diese zum aktiven Profil.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already writes profiles (%n found). Nightbridge&apos;s profile upload would replace its active profile.</source>
        <translation>
            <numerusform>%1 schreibt bereits Profile (%n gefunden). Der Profil-Upload von Nightbridge würde sein aktives Profil ersetzen.</numerusform>
            <numerusform>%1 schreibt bereits Profile (%n gefunden). Der Profil-Upload von Nightbridge würde sein aktives Profil ersetzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already posts pump status (%n recently). Nightscout&apos;s pump pill then jumps between the two.</source>
        <translation>
            <numerusform>%1 sendet bereits den Pumpenstatus (%n in letzter Zeit). Die Pumpenanzeige von Nightscout springt dann zwischen beiden hin und her.</numerusform>
            <numerusform>%1 sendet bereits den Pumpenstatus (%n in letzter Zeit). Die Pumpenanzeige von Nightscout springt dann zwischen beiden hin und her.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Site, cartridge or sensor changes are also logged by hand in Nightscout (%n recently); with pump events on, they appear twice.</source>
        <translation>
            <numerusform>Katheter-, Ampullen- oder Sensorwechsel werden auch von Hand in Nightscout eingetragen (%n in letzter Zeit); mit eingeschalteten Pumpenereignissen erscheinen sie doppelt.</numerusform>
            <numerusform>Katheter-, Ampullen- oder Sensorwechsel werden auch von Hand in Nightscout eingetragen (%n in letzter Zeit); mit eingeschalteten Pumpenereignissen erscheinen sie doppelt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already uploads pump events such as site changes (%n recently). Upload them from one place only.</source>
        <translation>
            <numerusform>%1 lädt bereits Pumpenereignisse wie Katheterwechsel hoch (%n in letzter Zeit). Laden Sie sie nur von einer Stelle hoch.</numerusform>
            <numerusform>%1 lädt bereits Pumpenereignisse wie Katheterwechsel hoch (%n in letzter Zeit). Laden Sie sie nur von einer Stelle hoch.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::setup::EnvImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has nothing Nightbridge can use.</source>
        <translation>%1 enthält nichts, was Nightbridge verwenden kann.</translation>
    </message>
</context>
<context>
    <name>nb::setup::FeatureCatalog</name>
    <message>
        <source>Basal</source>
        <translation>Basal</translation>
    </message>
    <message>
        <source>Temp basals and suspensions, so Nightscout shows the basal actually delivered.</source>
        <translation>Temporäre Basalraten und Unterbrechungen, damit Nightscout die tatsächlich abgegebene Basalrate zeigt.</translation>
    </message>
    <message>
        <source>Boluses</source>
        <translation>Boli</translation>
    </message>
    <message>
        <source>Boluses with their carbs and blood glucose, for insulin and carbs on board.</source>
        <translation>Boli mit ihren Kohlenhydraten und Blutzuckerwerten, für aktives Insulin und aktive Kohlenhydrate.</translation>
    </message>
    <message>
        <source>Pump events</source>
        <translation>Pumpenereignisse</translation>
    </message>
    <message>
        <source>Alarms, site and cartridge changes, suspend and resume, sleep and exercise.</source>
        <translation>Alarme, Katheter- und Ampullenwechsel, Unterbrechen und Fortsetzen, Schlaf und Sport.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>The pump&apos;s basal, carb ratio and correction profiles as the Nightscout profile.</source>
        <translation>Basalraten-, KH-Faktor- und Korrekturprofile der Pumpe als Nightscout-Profil.</translation>
    </message>
    <message>
        <source>CGM readings</source>
        <translation>CGM-Werte</translation>
    </message>
    <message>
        <source>Glucose readings the pump received. Leave off if xDrip+ or Dexcom Share already uploads them.</source>
        <translation>Glukosewerte, die die Pumpe empfangen hat. Ausgeschaltet lassen, wenn xDrip+ oder Dexcom Share sie bereits hochlädt.</translation>
    </message>
    <message>
        <source>CGM alerts</source>
        <translation>CGM-Alarme</translation>
    </message>
    <message>
        <source>High, low and sensor alerts of the CGM as notes, with sensor sessions.</source>
        <translation>Hoch-, Tief- und Sensoralarme des CGM als Notizen, mit Sensorsitzungen.</translation>
    </message>
    <message>
        <source>Pump status</source>
        <translation>Pumpenstatus</translation>
    </message>
    <message>
        <source>Battery and insulin on board for Nightscout&apos;s pump pill.</source>
        <translation>Batterie und aktives Insulin für die Pumpenanzeige von Nightscout.</translation>
    </message>
    <message>
        <source>Glucose readings</source>
        <translation>Glukosewerte</translation>
    </message>
    <message>
        <source>Sensor glucose every five minutes, with the trend arrow.</source>
        <translation>Sensorglukose alle fünf Minuten, mit Trendpfeil.</translation>
    </message>
    <message>
        <source>Pump battery, reservoir, active insulin and sensor state.</source>
        <translation>Pumpenbatterie, Reservoir, aktives Insulin und Sensorzustand.</translation>
    </message>
    <message>
        <source>Carbs</source>
        <translation>Kohlenhydrate</translation>
    </message>
    <message>
        <source>Meals entered on the pump, as carbs (CareLink keeps only a summary).</source>
        <translation>An der Pumpe eingegebene Mahlzeiten als Kohlenhydrate (CareLink bewahrt nur eine Zusammenfassung auf).</translation>
    </message>
    <message>
        <source>Meal and correction boluses, auto-corrections marked as such.</source>
        <translation>Mahlzeiten- und Korrekturboli, Autokorrekturen als solche gekennzeichnet.</translation>
    </message>
    <message>
        <source>Auto basal</source>
        <translation>Auto-Basal</translation>
    </message>
    <message>
        <source>SmartGuard&apos;s automatic basal as five-minute temp basals.</source>
        <translation>Das automatische Basal von SmartGuard als temporäre Fünf-Minuten-Basalraten.</translation>
    </message>
    <message>
        <source>BG checks</source>
        <translation>BZ-Messungen</translation>
    </message>
    <message>
        <source>Finger-stick readings and calibrations.</source>
        <translation>Blutzuckermessungen aus der Fingerbeere und Kalibrierungen.</translation>
    </message>
    <message>
        <source>Suspend on low, SmartGuard mode changes and pump clock changes as notes.</source>
        <translation>Abschaltung bei niedrigem Glukosewert, SmartGuard-Moduswechsel und Änderungen der Pumpenuhr als Notizen.</translation>
    </message>
    <message>
        <source>Unknown CareLink feature &quot;%1&quot;. Known: %2.</source>
        <translation>Unbekannte CareLink-Funktion „%1“. Bekannt: %2.</translation>
    </message>
</context>
<context>
    <name>nb::setup::NightscoutSite</name>
    <message>
        <source>No Nightscout site is set up yet (Nightscout page).</source>
        <translation>Es ist noch keine Nightscout-Website eingerichtet (Seite Nightscout).</translation>
    </message>
</context>
<context>
    <name>nb::tandem::TandemAuth</name>
    <message>
        <source>Sign-in to Tandem Source was cancelled.</source>
        <translation>Die Anmeldung bei Tandem Source wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>nb::tandem::TandemClient</name>
    <message>
        <source>Tandem Source refused the request (its firewall blocked it). The vendor may have changed something; Nightbridge needs an update.</source>
        <translation>Tandem Source hat die Anfrage abgelehnt (seine Firewall hat sie blockiert). Der Hersteller hat möglicherweise etwas geändert; Nightbridge braucht ein Update.</translation>
    </message>
</context>
<context>
    <name>nb::tandem::TandemSource</name>
    <message>
        <source>No Tandem Source %1 is stored for account &quot;%2&quot;. Add it with `nightbridge-cli accounts set %2 --email E --password`.</source>
        <translation>Für das Konto „%2“ fehlt die gespeicherte Tandem-Source-Angabe „%1“. Fügen Sie sie mit `nightbridge-cli accounts set %2 --email E --password` hinzu.</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Tandem Source, pump %1 (serial ending %2)</source>
        <translation>Tandem Source, Pumpe %1 (Seriennummer endet auf %2)</translation>
    </message>
    <message>
        <source>newest data %1 UTC%2</source>
        <translation>neueste Daten %1 UTC%2</translation>
    </message>
    <message>
        <source> (more than 3 days old: is the phone app uploading?)</source>
        <translation> (älter als 3 Tage: Lädt die Handy-App hoch?)</translation>
    </message>
    <message>
        <source>no data uploaded yet</source>
        <translation>noch keine Daten hochgeladen</translation>
    </message>
</context>
<context>
    <name>nb::ui::AboutDialog</name>
    <message>
        <source>About Nightbridge</source>
        <translation>Über Nightbridge</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nightbridge %1&lt;/h3&gt;&lt;p&gt;Syncs Medtronic CareLink and Tandem Source data to your own Nightscout site.&lt;/p&gt;&lt;p&gt;Nightbridge is not a medical device. Do not make treatment decisions from the data it shows.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nightbridge %1&lt;/h3&gt;&lt;p&gt;Synchronisiert Daten aus Medtronic CareLink und Tandem Source mit Ihrer eigenen Nightscout-Website.&lt;/p&gt;&lt;p&gt;Nightbridge ist kein Medizinprodukt. Treffen Sie keine Therapieentscheidungen auf Grundlage der angezeigten Daten.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>nb::ui::AccountEditor</name>
    <message>
        <source>Sync this account</source>
        <translation>Dieses Konto synchronisieren</translation>
    </message>
    <message>
        <source>Check Nightscout for other uploaders</source>
        <translation>Nightscout auf andere Uploader prüfen</translation>
    </message>
    <message>
        <source>The defaults are shown instead.</source>
        <translation>Stattdessen werden die Standardwerte angezeigt.</translation>
    </message>
    <message>
        <source>What to upload</source>
        <translation>Was hochgeladen wird</translation>
    </message>
    <message>
        <source>Choose at least one thing to upload.</source>
        <translation>Wählen Sie mindestens etwas zum Hochladen.</translation>
    </message>
    <message>
        <source>Reading what your Nightscout received recently…</source>
        <translation>Es wird gelesen, was Ihr Nightscout zuletzt empfangen hat…</translation>
    </message>
    <message>
        <source>No other uploader writes what this account uploads.</source>
        <translation>Kein anderer Uploader schreibt, was dieses Konto hochlädt.</translation>
    </message>
    <message numerus="yes">
        <source>No conflict with what this account uploads (%n note(s) about features that are off).</source>
        <translation>
            <numerusform>Kein Konflikt mit dem, was dieses Konto hochlädt (%n Hinweis zu ausgeschalteten Funktionen).</numerusform>
            <numerusform>Kein Konflikt mit dem, was dieses Konto hochlädt (%n Hinweise zu ausgeschalteten Funktionen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more about features that are off.)</source>
        <translation>
            <numerusform>(%n weiterer Hinweis zu ausgeschalteten Funktionen.)</numerusform>
            <numerusform>(%n weitere Hinweise zu ausgeschalteten Funktionen.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Whose data this is, for example a child&apos;s name. Shown in the tray, the status window and notifications.</source>
        <translation>Wessen Daten das sind, zum Beispiel der Name eines Kindes. Wird im Infobereich, im Statusfenster und in Benachrichtigungen angezeigt.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
</context>
<context>
    <name>nb::ui::AccountRow</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert %1</translation>
    </message>
    <message>
        <source>, next sync %1</source>
        <translation>, nächste Synchronisation %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nie synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>Nightscout accepted %n record(s) at %1</source>
        <translation>
            <numerusform>Nightscout hat um %1 %n Datensatz angenommen</numerusform>
            <numerusform>Nightscout hat um %1 %n Datensätze angenommen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nightscout: %1</source>
        <translation>Nightscout: %1</translation>
    </message>
</context>
<context>
    <name>nb::ui::AccountsPage</name>
    <message>
        <source>Add Tandem…</source>
        <translation>Tandem hinzufügen…</translation>
    </message>
    <message>
        <source>Add CareLink…</source>
        <translation>CareLink hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>No accounts yet. Add the Tandem Source or CareLink account whose data should go to Nightscout.</source>
        <translation>Noch keine Konten. Fügen Sie das Tandem-Source- oder CareLink-Konto hinzu, dessen Daten zu Nightscout sollen.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Checked: synced</source>
        <translation>Angehakt: wird synchronisiert</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;: %2</source>
        <translation>Konto „%1“: %2</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;: no test sign-in succeeded.</source>
        <translation>Konto „%1“: Keine Test-Anmeldung war erfolgreich.</translation>
    </message>
</context>
<context>
    <name>nb::ui::ActivityLog</name>
    <message numerus="yes">
        <source>synced, Nightscout accepted %n record(s)</source>
        <translation>
            <numerusform>synchronisiert, Nightscout hat %n Datensatz angenommen</numerusform>
            <numerusform>synchronisiert, Nightscout hat %n Datensätze angenommen</numerusform>
        </translation>
    </message>
    <message>
        <source>synced, nothing new</source>
        <translation>synchronisiert, nichts Neues</translation>
    </message>
    <message>
        <source>Nightscout</source>
        <translation>Nightscout</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>nb::ui::ActivityView</name>
    <message>
        <source>Nightbridge activity</source>
        <translation>Nightbridge-Aktivität</translation>
    </message>
    <message>
        <source>Nothing has happened yet. Sync events and errors of each account appear here.</source>
        <translation>Noch ist nichts passiert. Synchronisierungen und Fehler jedes Kontos erscheinen hier.</translation>
    </message>
    <message>
        <source>Recent sync events and errors of each account since Nightbridge started. The full log files are in the log folder (“View logs…”).</source>
        <translation>Letzte Synchronisierungen und Fehler jedes Kontos seit dem Start von Nightbridge. Die vollständigen Protokolldateien liegen im Protokollordner („Protokolle anzeigen…“).</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>nb::ui::CareLinkPanel</name>
    <message>
        <source>Sign in with browser…</source>
        <translation>Im Browser anmelden…</translation>
    </message>
    <message>
        <source>Use this address</source>
        <translation>Diese Adresse verwenden</translation>
    </message>
    <message>
        <source>Choose the account&apos;s country</source>
        <translation>Wählen Sie das Land des Kontos</translation>
    </message>
    <message>
        <source>If the browser did not come back: paste the address it ended on</source>
        <translation>Falls der Browser nicht zurückgekehrt ist: Fügen Sie die Adresse ein, bei der er gelandet ist</translation>
    </message>
    <message>
        <source>Care partners choose the patient to follow here after signing in.</source>
        <translation>Care-Partner wählen hier nach der Anmeldung den Patienten aus, dem sie folgen.</translation>
    </message>
    <message>
        <source>Use a CareLink account of its own for Nightbridge (a care partner / follower account): signing in with the same account in another app, or in a second copy of Nightbridge, ends the other session.</source>
        <translation>Verwenden Sie für Nightbridge ein eigenes CareLink-Konto (ein Care-Partner- bzw. Follower-Konto): Eine Anmeldung mit demselben Konto in einer anderen App oder in einer zweiten Nightbridge-Installation beendet die andere Sitzung.</translation>
    </message>
    <message>
        <source>Medtronic CareLink</source>
        <translation>Medtronic CareLink</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>Anmeldung:</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Patient:</translation>
    </message>
    <message>
        <source>CareLink region: %1</source>
        <translation>CareLink-Region: %1</translation>
    </message>
    <message>
        <source>Not signed in yet.</source>
        <translation>Noch nicht angemeldet.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Erneut anmelden…</translation>
    </message>
    <message>
        <source>Choose the country of the CareLink account.</source>
        <translation>Wählen Sie das Land des CareLink-Kontos.</translation>
    </message>
    <message>
        <source>Choose the patient to follow.</source>
        <translation>Wählen Sie den Patienten, dem Sie folgen.</translation>
    </message>
    <message>
        <source>Choose the country of the CareLink account first.</source>
        <translation>Wählen Sie zuerst das Land des CareLink-Kontos.</translation>
    </message>
    <message>
        <source>Finding CareLink&apos;s sign-in page…</source>
        <translation>Die CareLink-Anmeldeseite wird gesucht…</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address yourself, sign in, and paste the address the browser ends on below:
%1</source>
        <translation>Es konnte kein Browser geöffnet werden. Öffnen Sie diese Adresse selbst, melden Sie sich an und fügen Sie unten die Adresse ein, bei der der Browser gelandet ist:
%1</translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in there with the CareLink account for Nightbridge. If the browser cannot come back to Nightbridge, paste the address it ends on (it starts with %1) below.</source>
        <translation>Warten auf den Browser… Melden Sie sich dort mit dem CareLink-Konto für Nightbridge an. Kann der Browser nicht zu Nightbridge zurückkehren, fügen Sie unten die Adresse ein, bei der er gelandet ist (sie beginnt mit %1).</translation>
    </message>
    <message>
        <source>Completing the sign-in…</source>
        <translation>Anmeldung wird abgeschlossen…</translation>
    </message>
    <message>
        <source>That is not an address. Copy the whole address from the browser&apos;s address bar.</source>
        <translation>Das ist keine Adresse. Kopieren Sie die vollständige Adresse aus der Adressleiste des Browsers.</translation>
    </message>
    <message>
        <source>Start with &quot;Sign in with browser…&quot; first: the address belongs to one sign-in.</source>
        <translation>Beginnen Sie zuerst mit „Im Browser anmelden…“: Die Adresse gehört zu genau einer Anmeldung.</translation>
    </message>
    <message>
        <source>Signed in. Reading the account…</source>
        <translation>Angemeldet. Das Konto wird gelesen…</translation>
    </message>
    <message>
        <source>Signed in, but the account details could not be read: %1</source>
        <translation>Angemeldet, aber die Kontodaten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>This is a patient account: its own data is synced. A care partner (follower) account would choose the patient here.</source>
        <translation>Dies ist ein Patientenkonto: Seine eigenen Daten werden synchronisiert. Bei einem Care-Partner-(Follower-)Konto würden Sie hier den Patienten auswählen.</translation>
    </message>
    <message>
        <source>No patient is linked to this care partner account yet: link one in CareLink first, then sign in again.</source>
        <translation>Mit diesem Care-Partner-Konto ist noch kein Patient verknüpft: Verknüpfen Sie zuerst einen in CareLink und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>Choose the patient</source>
        <translation>Wählen Sie den Patienten</translation>
    </message>
    <message>
        <source>One Nightbridge account follows one patient; add another CareLink account for another patient.</source>
        <translation>Ein Nightbridge-Konto folgt einem Patienten; fügen Sie für einen weiteren Patienten ein weiteres CareLink-Konto hinzu.</translation>
    </message>
</context>
<context>
    <name>nb::ui::DisplayPage</name>
    <message>
        <source>mg/dL</source>
        <translation>mg/dL</translation>
    </message>
    <message>
        <source>mmol/L</source>
        <translation>mmol/L</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>Einheiten:</translation>
    </message>
    <message>
        <source>Urgent low below:</source>
        <translation>Sehr niedrig unter:</translation>
    </message>
    <message>
        <source>Low below:</source>
        <translation>Niedrig unter:</translation>
    </message>
    <message>
        <source>High above:</source>
        <translation>Hoch über:</translation>
    </message>
    <message>
        <source>Urgent high above:</source>
        <translation>Sehr hoch über:</translation>
    </message>
    <message>
        <source>Reading is stale after:</source>
        <translation>Messwert gilt als veraltet nach:</translation>
    </message>
    <message>
        <source>Chart shows:</source>
        <translation>Diagramm zeigt:</translation>
    </message>
    <message>
        <source>How the tray icon and the status window show glucose. Thresholds colour the reading; they do not change what is uploaded.</source>
        <translation>Wie das Symbol im Infobereich und das Statusfenster die Glukose anzeigen. Die Grenzwerte bestimmen die Farbe des Messwerts; sie ändern nichts an dem, was hochgeladen wird.</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>Urgent low must be below low.</source>
        <translation>„Sehr niedrig“ muss unter „Niedrig“ liegen.</translation>
    </message>
    <message>
        <source>Low must be below high.</source>
        <translation>„Niedrig“ muss unter „Hoch“ liegen.</translation>
    </message>
    <message>
        <source>High must be below urgent high.</source>
        <translation>„Hoch“ muss unter „Sehr hoch“ liegen.</translation>
    </message>
    <message>
        <source>Tray icon shows:</source>
        <translation>Symbol im Infobereich zeigt:</translation>
    </message>
    <message>
        <source>The first account</source>
        <translation>Das erste Konto</translation>
    </message>
</context>
<context>
    <name>nb::ui::GeneralPage</name>
    <message>
        <source>Start Nightbridge when I log in</source>
        <translation>Nightbridge bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Detailed (debug) logging, for reporting a problem</source>
        <translation>Ausführliche Protokollierung (Debug), um ein Problem zu melden</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Path of the tconnectsync .env file</source>
        <translation>Pfad der tconnectsync-.env-Datei</translation>
    </message>
    <message>
        <source>A new language shows after Nightbridge restarts.</source>
        <translation>Eine neue Sprache wird nach einem Neustart von Nightbridge angezeigt.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Move from tconnectsync</source>
        <translation>Von tconnectsync umziehen</translation>
    </message>
    <message>
        <source>Reads a tconnectsync .env file, creates the accounts and the Nightscout site, and moves the passwords and secrets into %1. This happens right away, not on OK.</source>
        <translation>Liest eine tconnectsync-.env-Datei, legt die Konten und die Nightscout-Website an und verschiebt die Passwörter und Secrets in %1. Das geschieht sofort, nicht erst bei OK.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>Kein Dateimanager konnte %1 öffnen.</translation>
    </message>
    <message>
        <source>Choose the tconnectsync .env file</source>
        <translation>tconnectsync-.env-Datei auswählen</translation>
    </message>
    <message>
        <source>Choose the .env file to import first.</source>
        <translation>Wählen Sie zuerst die zu importierende .env-Datei.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>No accounts in the file.</source>
        <translation>Keine Konten in der Datei.</translation>
    </message>
    <message>
        <source>Accounts created: %1.</source>
        <translation>Angelegte Konten: %1.</translation>
    </message>
    <message>
        <source>Nightscout site set up.</source>
        <translation>Nightscout-Website eingerichtet.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) stored in %1.</source>
        <translation>
            <numerusform>%n Geheimnis in %1 gespeichert.</numerusform>
            <numerusform>%n Geheimnisse in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to CareLink on the Accounts page: %1.</source>
        <translation>Melden Sie sich auf der Seite Konten bei CareLink an: %1.</translation>
    </message>
    <message>
        <source>Now delete %1: it still holds your passwords in plain text, and Nightbridge does not need it.</source>
        <translation>Löschen Sie jetzt %1: Die Datei enthält Ihre Passwörter noch im Klartext, und Nightbridge braucht sie nicht.</translation>
    </message>
    <message>
        <source>Accounts updated: %1.</source>
        <translation>Konten aktualisiert: %1.</translation>
    </message>
</context>
<context>
    <name>nb::ui::GlucoseChart</name>
    <message numerus="yes">
        <source>No readings in the last %n hour(s)</source>
        <translation>
            <numerusform>Keine Messwerte in der letzten %n Stunde</numerusform>
            <numerusform>Keine Messwerte in den letzten %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 U</source>
        <translation>%1 IE</translation>
    </message>
    <message>
        <source>%1 g</source>
        <translation>%1 g</translation>
    </message>
</context>
<context>
    <name>nb::ui::NightscoutPage</name>
    <message>
        <source>Allow plain http:// (the secret&apos;s hash then travels unencrypted)</source>
        <translation>Einfaches http:// erlauben (der Hash des Secrets wird dann unverschlüsselt übertragen)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>https://your-site.example.org</source>
        <translation>https://ihre-website.example.org</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API-Secret</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>The Nightscout site Nightbridge uploads to. The API secret (or token) is kept in %1, never in the settings file.</source>
        <translation>Die Nightscout-Website, auf die Nightbridge hochlädt. Das API-Secret (oder Token) wird in %1 aufbewahrt, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Site address:</source>
        <translation>Adresse der Website:</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Anmelden mit:</translation>
    </message>
    <message>
        <source>Secret or token:</source>
        <translation>Secret oder Token:</translation>
    </message>
    <message>
        <source>Nightscout</source>
        <translation>Nightscout</translation>
    </message>
    <message>
        <source>Stored in %1. Type a new one to replace it.</source>
        <translation>Gespeichert in %1. Geben Sie einen neuen Wert ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>Access token from Nightscout&apos;s Admin Tools</source>
        <translation>Zugriffstoken aus den Admin-Tools von Nightscout</translation>
    </message>
    <message>
        <source>API_SECRET of the site</source>
        <translation>API_SECRET der Website</translation>
    </message>
    <message>
        <source>Nightscout accepts no uploads at all while its API_SECRET is shorter than %1 characters.</source>
        <translation>Nightscout nimmt überhaupt keine Uploads an, solange sein API_SECRET kürzer als %1 Zeichen ist.</translation>
    </message>
    <message>
        <source>Enter the address of your Nightscout site first.</source>
        <translation>Geben Sie zuerst die Adresse Ihrer Nightscout-Website ein.</translation>
    </message>
    <message>
        <source>Contacting the Nightscout site…</source>
        <translation>Die Nightscout-Website wird kontaktiert…</translation>
    </message>
    <message>
        <source>Connected to Nightscout %1 (units: %2). Nightbridge may upload.</source>
        <translation>Verbunden mit Nightscout %1 (Einheiten: %2). Nightbridge darf hochladen.</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>unbekannte Version</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The connection test failed.</source>
        <translation>Der Verbindungstest ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>(Nightscout %1, units: %2.)</source>
        <translation>(Nightscout %1, Einheiten: %2.)</translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation>Geheimnis anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Make a token in Nightscout&apos;s Admin Tools (your site&apos;s address followed by /admin): add a subject with a role that may create documents (for example a role with the permission api:*:create), then copy the subject&apos;s access token here.</source>
        <translation>Erstellen Sie ein Token in den Admin-Werkzeugen von Nightscout (die Adresse Ihrer Seite, gefolgt von /admin): Legen Sie ein Subjekt mit einer Rolle an, die Dokumente anlegen darf (zum Beispiel eine Rolle mit der Berechtigung api:*:create), und kopieren Sie dann dessen Zugriffstoken hierher.</translation>
    </message>
    <message>
        <source>The Nightscout site %1 was not reached: &quot;Test connection&quot; did not succeed.</source>
        <translation>Die Nightscout-Seite %1 wurde nicht erreicht: „Verbindung testen“ war nicht erfolgreich.</translation>
    </message>
</context>
<context>
    <name>nb::ui::NotificationCenter</name>
    <message>
        <source>%1: sync is failing</source>
        <translation>%1: Synchronisation schlägt fehl</translation>
    </message>
    <message>
        <source>%1: please sign in again</source>
        <translation>%1: Bitte melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>%1: no new data</source>
        <translation>%1: keine neuen Daten</translation>
    </message>
    <message>
        <source>%1: backfill finished</source>
        <translation>%1: Nachladen abgeschlossen</translation>
    </message>
    <message>
        <source>Nightbridge keeps trying. Open the status window for details.</source>
        <translation>Nightbridge versucht es weiter. Einzelheiten finden Sie im Statusfenster.</translation>
    </message>
    <message>
        <source>%1 Nightbridge keeps trying.</source>
        <translation>%1 Nightbridge versucht es weiter.</translation>
    </message>
    <message>
        <source>Syncing is stopped until you sign in again.</source>
        <translation>Die Synchronisation ist angehalten, bis Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>%1 Syncing is stopped until you sign in again.</source>
        <translation>%1 Die Synchronisation ist angehalten, bis Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>The service answers, but its newest data is from %1. Is the phone app still signed in and connected to the pump?</source>
        <translation>Der Dienst antwortet, aber seine neuesten Daten sind von %1. Ist die Handy-App noch angemeldet und mit der Pumpe verbunden?</translation>
    </message>
    <message>
        <source>Check the Nightscout address and API secret or token in Settings.</source>
        <translation>Prüfen Sie die Nightscout-Adresse und das API-Secret oder Token in den Einstellungen.</translation>
    </message>
    <message>
        <source>%1 Check the Nightscout settings.</source>
        <translation>%1 Prüfen Sie die Nightscout-Einstellungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) uploaded to Nightscout.</source>
        <translation>
            <numerusform>%n Datensatz zu Nightscout hochgeladen.</numerusform>
            <numerusform>%n Datensätze zu Nightscout hochgeladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: Nightscout refuses the upload</source>
        <translation>%1: Nightscout lehnt das Hochladen ab</translation>
    </message>
    <message>
        <source>%1: low glucose %2</source>
        <translation>%1: niedrige Glukose %2</translation>
    </message>
    <message>
        <source>%1: high glucose %2</source>
        <translation>%1: hohe Glukose %2</translation>
    </message>
    <message>
        <source>%1: URGENT LOW %2</source>
        <translation>%1: SEHR NIEDRIG %2</translation>
    </message>
    <message>
        <source>Reading from %1.</source>
        <translation>Wert von %1.</translation>
    </message>
    <message>
        <source>Repeats until you acknowledge or snooze it in the status window or the tray menu.</source>
        <translation>Wiederholt sich, bis Sie ihn im Statusfenster oder im Menü des Infobereichs bestätigen oder stummschalten.</translation>
    </message>
    <message>
        <source>Nightbridge is not a medical device and its data can arrive late; check with a meter and follow your CGM&apos;s alarms.</source>
        <translation>Nightbridge ist kein Medizinprodukt und seine Daten können verspätet ankommen; messen Sie mit einem Messgerät nach und folgen Sie den Alarmen Ihres CGM.</translation>
    </message>
</context>
<context>
    <name>nb::ui::SettingsDialog</name>
    <message>
        <source>Nightbridge Settings</source>
        <translation>Nightbridge-Einstellungen</translation>
    </message>
    <message>
        <source>The settings file was written by a newer version of Nightbridge; update Nightbridge to change settings.</source>
        <translation>Die Einstellungsdatei wurde von einer neueren Version von Nightbridge geschrieben; aktualisieren Sie Nightbridge, um Einstellungen zu ändern.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Trotzdem speichern?</translation>
    </message>
    <message>
        <source>Some changes were never tested successfully:</source>
        <translation>Einige Änderungen wurden nie erfolgreich getestet:</translation>
    </message>
    <message>
        <source>Nightbridge cannot sync until they work. Save anyway?</source>
        <translation>Nightbridge kann erst synchronisieren, wenn sie funktionieren. Trotzdem speichern?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>nb::ui::StatusPopup</name>
    <message>
        <source>No account set up yet. Add one in Settings.</source>
        <translation>Noch kein Konto eingerichtet. Fügen Sie eines in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <source>Nightbridge</source>
        <translation>Nightbridge</translation>
    </message>
    <message>
        <source>Demo data — not real readings</source>
        <translation>Demodaten – keine echten Messwerte</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Open Nightscout</source>
        <translation>Nightscout öffnen</translation>
    </message>
    <message>
        <source>No reading yet</source>
        <translation>Noch kein Messwert</translation>
    </message>
    <message>
        <source>%1 — no new reading</source>
        <translation>%1 — kein neuer Messwert</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Snooze %1 min</source>
        <translation>%1 Min. stumm</translation>
    </message>
    <message>
        <source>Urgent low: %1. Check now with a meter and follow your CGM&apos;s alarms.</source>
        <translation>Sehr niedrig: %1. Messen Sie jetzt mit einem Messgerät nach und folgen Sie den Alarmen Ihres CGM.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Last %n hour(s):</source>
        <translation>
            <numerusform>In der letzten %n Stunde:</numerusform>
            <numerusform>In den letzten %n Stunden:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::ui::SyncPage</name>
    <message>
        <source>Automatically, when each vendor usually has new data</source>
        <translation>Automatisch, wenn der jeweilige Hersteller üblicherweise neue Daten hat</translation>
    </message>
    <message>
        <source>At a fixed interval</source>
        <translation>In einem festen Intervall</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <source>When syncing keeps failing for</source>
        <translation>Wenn die Synchronisation fehlschlägt seit</translation>
    </message>
    <message>
        <source>When an account needs to sign in again</source>
        <translation>Wenn ein Konto sich erneut anmelden muss</translation>
    </message>
    <message>
        <source>When a vendor has had no new data for</source>
        <translation>Wenn ein Hersteller keine neuen Daten hat seit</translation>
    </message>
    <message>
        <source>When Nightscout refuses uploads</source>
        <translation>Wenn Nightscout Uploads ablehnt</translation>
    </message>
    <message>
        <source>When a backfill finishes</source>
        <translation>Wenn ein Nachladen abgeschlossen ist</translation>
    </message>
    <message>
        <source>When to sync</source>
        <translation>Wann synchronisiert wird</translation>
    </message>
    <message>
        <source>CareLink gets a reading every 5 minutes; Tandem data arrives when the phone app uploads. Automatic follows that, with fewer requests.</source>
        <translation>CareLink erhält alle 5 Minuten einen Messwert; Tandem-Daten kommen, wenn die Handy-App hochlädt. „Automatisch“ richtet sich danach, mit weniger Anfragen.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Low and high glucose alerts</source>
        <translation>Warnungen bei niedriger und hoher Glukose</translation>
    </message>
    <message>
        <source>Urgent low alert, repeated until acknowledged or snoozed</source>
        <translation>Warnung bei sehr niedrigem Wert, wiederholt bis zur Bestätigung oder Stummschaltung</translation>
    </message>
    <message>
        <source>Alerts use the Display page&apos;s limits: low below %1, high above %2, urgent low below %3. Nightbridge is not a medical device and its data can arrive late (Tandem readings 30 minutes or more): keep your CGM&apos;s own alarms on.</source>
        <translation>Die Warnungen verwenden die Grenzen der Seite „Anzeige“: niedrig unter %1, hoch über %2, sehr niedrig unter %3. Nightbridge ist kein Medizinprodukt und seine Daten können verspätet ankommen (Tandem-Werte 30 Minuten oder mehr): Lassen Sie die Alarme Ihres CGM eingeschaltet.</translation>
    </message>
</context>
<context>
    <name>nb::ui::TandemPanel</name>
    <message>
        <source>Test sign-in</source>
        <translation>Anmeldung testen</translation>
    </message>
    <message>
        <source>E-mail address of your Tandem Source account</source>
        <translation>E-Mail-Adresse Ihres Tandem-Source-Kontos</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Checking the credential store…</source>
        <translation>Zugangsdatenspeicher wird geprüft…</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Europe and other countries</source>
        <translation>Europa und andere Länder</translation>
    </message>
    <message>
        <source>The pump with the newest data</source>
        <translation>Die Pumpe mit den neuesten Daten</translation>
    </message>
    <message>
        <source>Serial %1</source>
        <translation>Seriennummer %1</translation>
    </message>
    <message>
        <source>&quot;Test sign-in&quot; lists the pumps of the account.</source>
        <translation>„Anmeldung testen“ listet die Pumpen des Kontos auf.</translation>
    </message>
    <message>
        <source>Tandem Source</source>
        <translation>Tandem Source</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Pump:</source>
        <translation>Pumpe:</translation>
    </message>
    <message>
        <source>Pump time zone:</source>
        <translation>Zeitzone der Pumpe:</translation>
    </message>
    <message>
        <source>Tandem reports times in the pump&apos;s clock; this is the zone that clock is set to.</source>
        <translation>Tandem meldet Zeiten nach der Uhr der Pumpe; dies ist die Zeitzone, auf die diese Uhr eingestellt ist.</translation>
    </message>
    <message>
        <source>Stored in %1. Type a new one to replace it.</source>
        <translation>Gespeichert in %1. Geben Sie einen neuen Wert ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, such as Europe/Berlin or America/New_York.</source>
        <translation>Wählen Sie eine Zeitzone aus der Liste, etwa Europe/Berlin oder America/New_York.</translation>
    </message>
    <message>
        <source>Enter the e-mail address of the Tandem Source account.</source>
        <translation>Geben Sie die E-Mail-Adresse des Tandem-Source-Kontos ein.</translation>
    </message>
    <message>
        <source>Enter the Tandem Source password.</source>
        <translation>Geben Sie das Tandem-Source-Passwort ein.</translation>
    </message>
    <message>
        <source>Enter the e-mail address first.</source>
        <translation>Geben Sie zuerst die E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Enter the password first.</source>
        <translation>Geben Sie zuerst das Passwort ein.</translation>
    </message>
    <message>
        <source>Signing in to Tandem Source…</source>
        <translation>Anmeldung bei Tandem Source…</translation>
    </message>
    <message>
        <source>Pump</source>
        <translation>Pumpe</translation>
    </message>
    <message>
        <source>%1, serial %2</source>
        <translation>%1, Seriennummer %2</translation>
    </message>
    <message>
        <source>never uploaded</source>
        <translation>nie hochgeladen</translation>
    </message>
    <message>
        <source>last data %1</source>
        <translation>letzte Daten %1</translation>
    </message>
    <message numerus="yes">
        <source>(nothing for %n day(s))</source>
        <translation>
            <numerusform>(seit %n Tag nichts)</numerusform>
            <numerusform>(seit %n Tagen nichts)</numerusform>
        </translation>
    </message>
    <message>
        <source>Serial %1 (not in this account)</source>
        <translation>Seriennummer %1 (nicht in diesem Konto)</translation>
    </message>
    <message numerus="yes">
        <source>%n pump(s) sent nothing for more than %1 days: choose the one you use now.</source>
        <translation>
            <numerusform>%n Pumpe hat seit mehr als %1 Tagen nichts gesendet: Wählen Sie die, die Sie jetzt verwenden.</numerusform>
            <numerusform>%n Pumpen haben seit mehr als %1 Tagen nichts gesendet: Wählen Sie die, die Sie jetzt verwenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chosen pump is not in this account any more.</source>
        <translation>Die gewählte Pumpe ist nicht mehr in diesem Konto.</translation>
    </message>
    <message>
        <source>All pumps uploaded recently.</source>
        <translation>Alle Pumpen haben kürzlich hochgeladen.</translation>
    </message>
    <message numerus="yes">
        <source>Signed in. %n pump(s) found.</source>
        <translation>
            <numerusform>Angemeldet. %n Pumpe gefunden.</numerusform>
            <numerusform>Angemeldet. %n Pumpen gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Passwort anzeigen oder verbergen</translation>
    </message>
</context>
<context>
    <name>nb::ui::TrayMenu</name>
    <message>
        <source>Demo data — not real readings</source>
        <translation>Demodaten – keine echten Messwerte</translation>
    </message>
    <message>
        <source>No reading yet</source>
        <translation>Noch kein Messwert</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>Für 30 Minuten</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <source>Until resumed</source>
        <translation>Bis zur Fortsetzung</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Backfill…</source>
        <translation>Nachladen…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Open Nightscout</source>
        <translation>Nightscout öffnen</translation>
    </message>
    <message>
        <source>View logs…</source>
        <translation>Protokolle anzeigen…</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Diagnosedaten kopieren</translation>
    </message>
    <message>
        <source>About Nightbridge</source>
        <translation>Über Nightbridge</translation>
    </message>
    <message>
        <source>Quit Nightbridge</source>
        <translation>Nightbridge beenden</translation>
    </message>
    <message>
        <source>Set up Nightbridge…</source>
        <translation>Nightbridge einrichten…</translation>
    </message>
    <message>
        <source>Acknowledge urgent low</source>
        <translation>Warnung „sehr niedrig“ bestätigen</translation>
    </message>
    <message>
        <source>Snooze urgent low</source>
        <translation>Warnung „sehr niedrig“ stummschalten</translation>
    </message>
    <message numerus="yes">
        <source>For %n minute(s)</source>
        <translation>
            <numerusform>Für %n Minute</numerusform>
            <numerusform>Für %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Recent readings</source>
        <translation>Letzte Werte</translation>
    </message>
    <message>
        <source>Activity…</source>
        <translation>Aktivität…</translation>
    </message>
    <message>
        <source>URGENT LOW: %1</source>
        <translation>SEHR NIEDRIG: %1</translation>
    </message>
    <message>
        <source>Recent readings (%1)</source>
        <translation>Letzte Werte (%1)</translation>
    </message>
</context>
</TS>
