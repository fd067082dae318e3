<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuthorizeRequest</name>
    <message>
        <source>no sign-in was started. Start the sign-in again.</source>
        <translation>no sign-in was started. Start the sign-in again.</translation>
    </message>
    <message>
        <source>that is not the address CareLink sends back after signing in (it starts with %1).</source>
        <translation>that is not the address CareLink sends back after signing in (it starts with %1).</translation>
    </message>
    <message>
        <source>CareLink did not complete the sign-in (%1). Try again.</source>
        <translation>CareLink did not complete the sign-in (%1). Try again.</translation>
    </message>
    <message>
        <source>this sign-in answer does not belong to the sign-in Nightbridge started. Start the sign-in again.</source>
        <translation>this sign-in answer does not belong to the sign-in Nightbridge started. Start the sign-in again.</translation>
    </message>
    <message>
        <source>the answer carries no sign-in code. Start the sign-in again.</source>
        <translation>the answer carries no sign-in code. Start the sign-in again.</translation>
    </message>
    <message>
        <source>the sign-in code has expired or was already used. Sign in again.</source>
        <translation>the sign-in code has expired or was already used. Sign in again.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>The autostart entry has no valid name.</source>
        <translation>The autostart entry has no valid name.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Cannot remove %1.</translation>
    </message>
    <message>
        <source>The application path is unknown.</source>
        <translation>The application path is unknown.</translation>
    </message>
    <message>
        <source>Cannot change the Windows start-up entry.</source>
        <translation>Cannot change the Windows start-up entry.</translation>
    </message>
</context>
<context>
    <name>BackfillEta</name>
    <message>
        <source>less than a minute left</source>
        <translation>less than a minute left</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>about %n min left</numerusform>
            <numerusform>about %n min left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareLinkErrors</name>
    <message>
        <source>CareLink refused access even after renewing the sign-in. Check that the CareLink account (and its link to the patient) is still active.</source>
        <translation>CareLink refused access even after renewing the sign-in. Check that the CareLink account (and its link to the patient) is still active.</translation>
    </message>
    <message>
        <source>Unknown CareLink feature &quot;%1&quot;. Known: %2.</source>
        <translation>Unknown CareLink feature &quot;%1&quot;. Known: %2.</translation>
    </message>
    <message>
        <source>CareLink answered in a way Nightbridge does not understand (the vendor may have changed something). If this persists, look for an update of Nightbridge.</source>
        <translation>CareLink answered in a way Nightbridge does not understand (the vendor may have changed something). If this persists, look for an update of Nightbridge.</translation>
    </message>
    <message>
        <source>CareLink sign-in needed: sign in again in the browser. Remember that each app needs its own CareLink follower account, because signing in elsewhere ends this session.</source>
        <translation>CareLink sign-in needed: sign in again in the browser. Remember that each app needs its own CareLink follower account, because signing in elsewhere ends this session.</translation>
    </message>
    <message>
        <source>CareLink requires a newer app version (Nightbridge sent %1); update Nightbridge or raise the CareLink app version in the settings.</source>
        <translation>CareLink requires a newer app version (Nightbridge sent %1); update Nightbridge or raise the CareLink app version in the settings.</translation>
    </message>
    <message>
        <source>CareLink sign-in failed: %1</source>
        <translation>CareLink sign-in failed: %1</translation>
    </message>
    <message>
        <source>CareLink&apos;s sign-in service blocked the request for now (HTTP %1, perhaps a firewall). Nightbridge keeps the sign-in and tries again later.</source>
        <translation>CareLink&apos;s sign-in service blocked the request for now (HTTP %1, perhaps a firewall). Nightbridge keeps the sign-in and tries again later.</translation>
    </message>
    <message>
        <source>CareLink&apos;s sign-in service answered in a way Nightbridge does not understand (HTTP %1; the vendor may have changed something). Nightbridge keeps the sign-in and tries again later.</source>
        <translation>CareLink&apos;s sign-in service answered in a way Nightbridge does not understand (HTTP %1; the vendor may have changed something). Nightbridge keeps the sign-in and tries again later.</translation>
    </message>
    <message>
        <source>CareLink blocked the request for now (HTTP %1, perhaps a firewall). Nightbridge keeps the sign-in and tries again later.</source>
        <translation>CareLink blocked the request for now (HTTP %1, perhaps a firewall). Nightbridge keeps the sign-in and tries again later.</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Usage: nightbridge-cli [global options] &lt;command&gt; [options]

Syncs Medtronic CareLink and Tandem Source data to Nightscout.

Commands:
</source>
        <translation>Usage: nightbridge-cli [global options] &lt;command&gt; [options]

Syncs Medtronic CareLink and Tandem Source data to Nightscout.

Commands:
</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run `nightbridge-cli --help` for the list.</source>
        <translation>Unknown command &quot;%1&quot;. Run `nightbridge-cli --help` for the list.</translation>
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
</translation>
    </message>
</context>
<context>
    <name>ClockSkew</name>
    <message numerus="yes">
        <source>Your computer&apos;s clock is %n minute(s) off (ahead of %1). Set the correct date and time (automatic time); Nightbridge keeps the sign-in and tries again.</source>
        <translation>
            <numerusform>Your computer&apos;s clock is %n minute off (ahead of %1). Set the correct date and time (automatic time); Nightbridge keeps the sign-in and tries again.</numerusform>
            <numerusform>Your computer&apos;s clock is %n minutes off (ahead of %1). Set the correct date and time (automatic time); Nightbridge keeps the sign-in and tries again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your computer&apos;s clock is %n minute(s) off (behind %1). Set the correct date and time (automatic time); Nightbridge keeps the sign-in and tries again.</source>
        <translation>
            <numerusform>Your computer&apos;s clock is %n minute off (behind %1). Set the correct date and time (automatic time); Nightbridge keeps the sign-in and tries again.</numerusform>
            <numerusform>Your computer&apos;s clock is %n minutes off (behind %1). Set the correct date and time (automatic time); Nightbridge keeps the sign-in and tries again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvertCommand</name>
    <message>
        <source>Convert a saved vendor response to Nightscout JSON (offline)</source>
        <translation>Convert a saved vendor response to Nightscout JSON (offline)</translation>
    </message>
    <message>
        <source>convert needs --source and --input.</source>
        <translation>convert needs --source and --input.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Unknown source &quot;%1&quot;: use tandem or carelink.</source>
        <translation>Unknown source &quot;%1&quot;: use tandem or carelink.</translation>
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
        <translation>Usage: nightbridge-cli convert --source tandem|carelink --input FILE [options]

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
</translation>
    </message>
</context>
<context>
    <name>GlucoseDisplay</name>
    <message>
        <source>urgent low</source>
        <translation>urgent low</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>in range</source>
        <translation>in range</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>urgent high</source>
        <translation>urgent high</translation>
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
        <translation>rising fast</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>rising</translation>
    </message>
    <message>
        <source>rising slowly</source>
        <translation>rising slowly</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>steady</translation>
    </message>
    <message>
        <source>falling slowly</source>
        <translation>falling slowly</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>falling</translation>
    </message>
    <message>
        <source>falling fast</source>
        <translation>falling fast</translation>
    </message>
    <message>
        <source>trend unknown</source>
        <translation>trend unknown</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min ago</source>
        <translation>%1 h %2 min ago</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>not scheduled</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation>in %1 h %2 min</translation>
    </message>
</context>
<context>
    <name>HttpErrors</name>
    <message>
        <source>Cannot find %1&apos;s server. Check the address and your internet connection.</source>
        <translation>Cannot find %1&apos;s server. Check the address and your internet connection.</translation>
    </message>
    <message>
        <source>%1 refused the connection. The server may be down; Nightbridge will try again.</source>
        <translation>%1 refused the connection. The server may be down; Nightbridge will try again.</translation>
    </message>
    <message>
        <source>The connection to %1 was interrupted. Nightbridge will try again.</source>
        <translation>The connection to %1 was interrupted. Nightbridge will try again.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted. Check the address; if it is right, the site&apos;s certificate needs fixing.</source>
        <translation>The secure connection to %1 failed: its certificate is not trusted. Check the address; if it is right, the site&apos;s certificate needs fixing.</translation>
    </message>
    <message>
        <source>%1 reported an unknown error. Nightbridge will try again.</source>
        <translation>%1 reported an unknown error. Nightbridge will try again.</translation>
    </message>
    <message>
        <source>%1 tried to redirect a secure connection to an insecure one. Nightbridge refused for your safety.</source>
        <translation>%1 tried to redirect a secure connection to an insecure one. Nightbridge refused for your safety.</translation>
    </message>
    <message>
        <source>%1 keeps redirecting. Check the address.</source>
        <translation>%1 keeps redirecting. Check the address.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>%1 answered in a way Nightbridge does not understand.</source>
        <translation>%1 answered in a way Nightbridge does not understand.</translation>
    </message>
    <message>
        <source>Could not reach %1. Nightbridge will try again.</source>
        <translation>Could not reach %1. Nightbridge will try again.</translation>
    </message>
    <message>
        <source>%1 refused the credentials. Check them in the settings.</source>
        <translation>%1 refused the credentials. Check them in the settings.</translation>
    </message>
    <message>
        <source>%1 took too long to answer. Nightbridge will try again.</source>
        <translation>%1 took too long to answer. Nightbridge will try again.</translation>
    </message>
    <message>
        <source>%1 asks Nightbridge to slow down. It will try again later.</source>
        <translation>%1 asks Nightbridge to slow down. It will try again later.</translation>
    </message>
    <message>
        <source>%1 has a problem (server error %2). Nightbridge will try again.</source>
        <translation>%1 has a problem (server error %2). Nightbridge will try again.</translation>
    </message>
    <message>
        <source>%1 does not know this address (404). Check the URL in the settings.</source>
        <translation>%1 does not know this address (404). Check the URL in the settings.</translation>
    </message>
    <message>
        <source>%1 refused the upload as too large.</source>
        <translation>%1 refused the upload as too large.</translation>
    </message>
    <message>
        <source>%1 rejected a request (HTTP %2). This may mean the service changed; see the log for details.</source>
        <translation>%1 rejected a request (HTTP %2). This may mean the service changed; see the log for details.</translation>
    </message>
    <message>
        <source>%1 answered unexpectedly (HTTP %2).</source>
        <translation>%1 answered unexpectedly (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Nightbridge will try again.</source>
        <translation>%1 did not answer in time. Nightbridge will try again.</translation>
    </message>
    <message>
        <source>Cannot find %1&apos;s server. Check your internet connection.</source>
        <translation>Cannot find %1&apos;s server. Check your internet connection.</translation>
    </message>
    <message>
        <source>%1 refused the connection. The server may be down; try again later.</source>
        <translation>%1 refused the connection. The server may be down; try again later.</translation>
    </message>
    <message>
        <source>The connection to %1 was interrupted. Try again.</source>
        <translation>The connection to %1 was interrupted. Try again.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted. A proxy or filter on your network may be in the way.</source>
        <translation>The secure connection to %1 failed: its certificate is not trusted. A proxy or filter on your network may be in the way.</translation>
    </message>
    <message>
        <source>%1 reported an unknown error. Try again later.</source>
        <translation>%1 reported an unknown error. Try again later.</translation>
    </message>
    <message>
        <source>%1 keeps redirecting.</source>
        <translation>%1 keeps redirecting.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check your internet connection and try again.</source>
        <translation>Could not reach %1. Check your internet connection and try again.</translation>
    </message>
    <message>
        <source>%1 took too long to answer. Try again later.</source>
        <translation>%1 took too long to answer. Try again later.</translation>
    </message>
    <message>
        <source>%1 asks Nightbridge to slow down. Wait a few minutes before testing again.</source>
        <translation>%1 asks Nightbridge to slow down. Wait a few minutes before testing again.</translation>
    </message>
    <message>
        <source>%1 has a problem (server error %2). Try again later.</source>
        <translation>%1 has a problem (server error %2). Try again later.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Try again later.</source>
        <translation>%1 did not answer in time. Try again later.</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2 MB. Nightbridge stopped reading it; the server or something between you and it is misbehaving.</source>
        <translation>%1 sent an answer larger than %2 MB. Nightbridge stopped reading it; the server or something between you and it is misbehaving.</translation>
    </message>
    <message>
        <source>%1 tried to send your data on to another server. Nightbridge refused.</source>
        <translation>%1 tried to send your data on to another server. Nightbridge refused.</translation>
    </message>
</context>
<context>
    <name>NightscoutCommand</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Test the Nightscout connection, or upload a JSON file to it</source>
        <translation>Test the Nightscout connection, or upload a JSON file to it</translation>
    </message>
    <message>
        <source>--batch-size needs a positive number.</source>
        <translation>--batch-size needs a positive number.</translation>
    </message>
    <message>
        <source>No Nightscout address: use --url or set NS_URL.</source>
        <translation>No Nightscout address: use --url or set NS_URL.</translation>
    </message>
    <message>
        <source>Cannot read the secret file: %1</source>
        <translation>Cannot read the secret file: %1</translation>
    </message>
    <message>
        <source>Site:              %1</source>
        <translation>Site:              %1</translation>
    </message>
    <message>
        <source>Nightscout:        %1</source>
        <translation>Nightscout:        %1</translation>
    </message>
    <message>
        <source>Units:             %1</source>
        <translation>Units:             %1</translation>
    </message>
    <message>
        <source>API enabled:       %1</source>
        <translation>API enabled:       %1</translation>
    </message>
    <message>
        <source>Careportal:        %1</source>
        <translation>Careportal:        %1</translation>
    </message>
    <message>
        <source>Write permission:  %1</source>
        <translation>Write permission:  %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Connection OK.</source>
        <translation>Connection OK.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>the file must hold one JSON object</translation>
    </message>
    <message>
        <source>unexpected structure</source>
        <translation>unexpected structure</translation>
    </message>
    <message>
        <source>%1 is not a Nightscout batch: %2</source>
        <translation>%1 is not a Nightscout batch: %2</translation>
    </message>
    <message>
        <source>Upload failed: %1</source>
        <translation>Upload failed: %1</translation>
    </message>
    <message>
        <source>Uploaded %1 documents (%2 unchanged, %3 left to other uploaders, %4 refused) in %5 requests.</source>
        <translation>Uploaded %1 documents (%2 unchanged, %3 left to other uploaders, %4 refused) in %5 requests.</translation>
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
        <translation>Usage:
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
</translation>
    </message>
    <message>
        <source>--token is no longer accepted: a command line is visible to other users of this computer. Put the token in a file and use --token-file FILE, pipe it in with --token-file -, or set NS_TOKEN.</source>
        <translation>--token is no longer accepted: a command line is visible to other users of this computer. Put the token in a file and use --token-file FILE, pipe it in with --token-file -, or set NS_TOKEN.</translation>
    </message>
    <message>
        <source>Invalid document %1[%2]: %3</source>
        <translation>Invalid document %1[%2]: %3</translation>
    </message>
</context>
<context>
    <name>NsAuthStatus</name>
    <message>
        <source>Nightscout answered in a way Nightbridge does not understand when checking the API secret or token (the server may have changed something).</source>
        <translation>Nightscout answered in a way Nightbridge does not understand when checking the API secret or token (the server may have changed something).</translation>
    </message>
</context>
<context>
    <name>NsErrors</name>
    <message>
        <source>No Nightscout API secret or access token is set. Enter one so Nightbridge can upload.</source>
        <translation>No Nightscout API secret or access token is set. Enter one so Nightbridge can upload.</translation>
    </message>
    <message>
        <source>Nightscout did not accept the API secret. Enter the API_SECRET exactly as it is set on your site (Nightscout waits a few seconds after every wrong attempt).</source>
        <translation>Nightscout did not accept the API secret. Enter the API_SECRET exactly as it is set on your site (Nightscout waits a few seconds after every wrong attempt).</translation>
    </message>
    <message>
        <source>Nightscout did not accept the access token. Copy the token again from the site&apos;s Admin Tools (Subjects).</source>
        <translation>Nightscout did not accept the access token. Copy the token again from the site&apos;s Admin Tools (Subjects).</translation>
    </message>
    <message>
        <source>The access token may read but not upload. In the site&apos;s Admin Tools give its subject the &quot;admin&quot; role or a role that allows creating entries and treatments, or use the API secret.</source>
        <translation>The access token may read but not upload. In the site&apos;s Admin Tools give its subject the &quot;admin&quot; role or a role that allows creating entries and treatments, or use the API secret.</translation>
    </message>
    <message>
        <source>Your Nightscout site is read-only: its API_SECRET is missing or shorter than %1 characters, so it accepts no uploads. Set an API_SECRET of at least %1 characters in the site&apos;s settings and restart it.</source>
        <translation>Your Nightscout site is read-only: its API_SECRET is missing or shorter than %1 characters, so it accepts no uploads. Set an API_SECRET of at least %1 characters in the site&apos;s settings and restart it.</translation>
    </message>
    <message>
        <source>The API secret entered in Nightbridge is also too short.</source>
        <translation>The API secret entered in Nightbridge is also too short.</translation>
    </message>
    <message>
        <source>Your Nightscout site does not accept treatments: enable the &quot;careportal&quot; feature (ENABLE setting) and restart it.</source>
        <translation>Your Nightscout site does not accept treatments: enable the &quot;careportal&quot; feature (ENABLE setting) and restart it.</translation>
    </message>
    <message>
        <source>Your Nightscout site only works over https. Change the address to %1.</source>
        <translation>Your Nightscout site only works over https. Change the address to %1.</translation>
    </message>
    <message>
        <source>The Nightscout address %1 redirects to %2. Check the address in the settings.</source>
        <translation>The Nightscout address %1 redirects to %2. Check the address in the settings.</translation>
    </message>
    <message>
        <source>No Nightscout site answered at %1. Check the address.</source>
        <translation>No Nightscout site answered at %1. Check the address.</translation>
    </message>
    <message>
        <source>Nightscout answered in a way Nightbridge does not understand (the server may have changed something).</source>
        <translation>Nightscout answered in a way Nightbridge does not understand (the server may have changed something).</translation>
    </message>
    <message>
        <source>A %1 document is too large for Nightscout to accept.</source>
        <translation>A %1 document is too large for Nightscout to accept.</translation>
    </message>
    <message>
        <source>Nightbridge refused to upload a %1 document it did not create itself.</source>
        <translation>Nightbridge refused to upload a %1 document it did not create itself.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Your Nightscout site does not accept this upload (404): it may be read-only (API_SECRET shorter than %1 characters) or have the careportal feature off.</source>
        <translation>Your Nightscout site does not accept this upload (404): it may be read-only (API_SECRET shorter than %1 characters) or have the careportal feature off.</translation>
    </message>
</context>
<context>
    <name>NsJwt</name>
    <message>
        <source>Nightscout answered in a way Nightbridge does not understand when asked for an access token (the server may have changed something).</source>
        <translation>Nightscout answered in a way Nightbridge does not understand when asked for an access token (the server may have changed something).</translation>
    </message>
</context>
<context>
    <name>NsServerStatus</name>
    <message>
        <source>The site did not answer like a Nightscout site. Check the address.</source>
        <translation>The site did not answer like a Nightscout site. Check the address.</translation>
    </message>
</context>
<context>
    <name>NsUrl</name>
    <message>
        <source>Enter the address of your Nightscout site, e.g. https://example.herokuapp.com.</source>
        <translation>Enter the address of your Nightscout site, e.g. https://example.herokuapp.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid web address. Enter the address of your Nightscout site, e.g. https://example.herokuapp.com.</source>
        <translation>&quot;%1&quot; is not a valid web address. Enter the address of your Nightscout site, e.g. https://example.herokuapp.com.</translation>
    </message>
    <message>
        <source>The Nightscout address must start with https://.</source>
        <translation>The Nightscout address must start with https://.</translation>
    </message>
    <message>
        <source>The Nightscout address contains a user name or secret. Enter only the site address here and put the API secret or token in its own field.</source>
        <translation>The Nightscout address contains a user name or secret. Enter only the site address here and put the API secret or token in its own field.</translation>
    </message>
    <message>
        <source>The Nightscout address contains extra parts after &quot;?&quot; or &quot;#&quot;. Enter only the site address here and put an access token in the token field.</source>
        <translation>The Nightscout address contains extra parts after &quot;?&quot; or &quot;#&quot;. Enter only the site address here and put an access token in the token field.</translation>
    </message>
    <message>
        <source>The Nightscout address uses http://, so your API secret would travel unencrypted. Use the https:// address of your site (or explicitly allow plain HTTP in the settings if this is a private network).</source>
        <translation>The Nightscout address uses http://, so your API secret would travel unencrypted. Use the https:// address of your site (or explicitly allow plain HTTP in the settings if this is a private network).</translation>
    </message>
</context>
<context>
    <name>RevealButton</name>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>No reading yet</source>
        <translation>No reading yet</translation>
    </message>
    <message>
        <source>%1 (old)</source>
        <translation>%1 (old)</translation>
    </message>
    <message>
        <source>Nightbridge (demo data, not real readings)</source>
        <translation>Nightbridge (demo data, not real readings)</translation>
    </message>
    <message>
        <source>Nightbridge</source>
        <translation>Nightbridge</translation>
    </message>
    <message>
        <source>paused, resumes %1</source>
        <translation>paused, resumes %1</translation>
    </message>
    <message>
        <source>, synced %1</source>
        <translation>, synced %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>Next sync: %1</source>
        <translation>Next sync: %1</translation>
    </message>
    <message>
        <source>Newest data: %1</source>
        <translation>Newest data: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Last error: %1</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Sign in again…</translation>
    </message>
    <message>
        <source>Check password…</source>
        <translation>Check password…</translation>
    </message>
    <message>
        <source>Open settings…</source>
        <translation>Open settings…</translation>
    </message>
    <message>
        <source>IOB %1 U</source>
        <translation>IOB %1 U</translation>
    </message>
    <message>
        <source>Reservoir %1 U</source>
        <translation>Reservoir %1 U</translation>
    </message>
    <message>
        <source>Pump battery %1 %</source>
        <translation>Pump battery %1 %</translation>
    </message>
    <message>
        <source>Phone battery %1 %</source>
        <translation>Phone battery %1 %</translation>
    </message>
    <message>
        <source>waiting for the first sync</source>
        <translation>waiting for the first sync</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 % in range · %2 % low · %3 % high · average %4</source>
        <translation>%1 % in range · %2 % low · %3 % high · average %4</translation>
    </message>
    <message>
        <source>Tandem readings arrive 30 minutes or more late.</source>
        <translation>Tandem readings arrive 30 minutes or more late.</translation>
    </message>
    <message>
        <source>No account yet: add an account to sync</source>
        <translation>No account yet: add an account to sync</translation>
    </message>
    <message>
        <source>DEMO — not real readings</source>
        <translation>DEMO — not real readings</translation>
    </message>
    <message>
        <source>, never synced</source>
        <translation>, never synced</translation>
    </message>
</context>
<context>
    <name>SyncHealthSummary</name>
    <message>
        <source>no account set up</source>
        <translation>no account set up</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>up to date</translation>
    </message>
    <message>
        <source>syncing</source>
        <translation>syncing</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>retrying</translation>
    </message>
    <message>
        <source>needs your attention</source>
        <translation>needs your attention</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
</context>
<context>
    <name>TandemErrors</name>
    <message>
        <source>Tandem Source data that Nightbridge does not understand (the vendor may have changed something): %1: %2. Nothing from it was uploaded.</source>
        <translation>Tandem Source data that Nightbridge does not understand (the vendor may have changed something): %1: %2. Nothing from it was uploaded.</translation>
    </message>
    <message>
        <source>Tandem Source answered in a way Nightbridge does not understand (the vendor may have changed something).</source>
        <translation>Tandem Source answered in a way Nightbridge does not understand (the vendor may have changed something).</translation>
    </message>
    <message>
        <source>Tandem Source did not accept the e-mail address and password. Check them in the account settings.</source>
        <translation>Tandem Source did not accept the e-mail address and password. Check them in the account settings.</translation>
    </message>
    <message numerus="yes">
        <source>Sign-in to Tandem Source failed %n time(s) in a row, so Nightbridge stopped trying to protect your account from being locked. Check your e-mail and password, then save them again.</source>
        <translation>
            <numerusform>Sign-in to Tandem Source failed %n time in a row, so Nightbridge stopped trying to protect your account from being locked. Check your e-mail and password, then save them again.</numerusform>
            <numerusform>Sign-in to Tandem Source failed %n times in a row, so Nightbridge stopped trying to protect your account from being locked. Check your e-mail and password, then save them again.</numerusform>
        </translation>
    </message>
    <message>
        <source>This Tandem Source account has no pump with uploaded data yet. Upload from the pump (t:slim X2 or Mobi app) first.</source>
        <translation>This Tandem Source account has no pump with uploaded data yet. Upload from the pump (t:slim X2 or Mobi app) first.</translation>
    </message>
    <message>
        <source>No pump with serial number %1 in this Tandem Source account. Check the serial number in the account settings, or leave it empty to use the most recent pump.</source>
        <translation>No pump with serial number %1 in this Tandem Source account. Check the serial number in the account settings, or leave it empty to use the most recent pump.</translation>
    </message>
    <message>
        <source>The Tandem Source settings are not valid: %1.</source>
        <translation>The Tandem Source settings are not valid: %1.</translation>
    </message>
    <message>
        <source>Tandem Source sign-in returned an identity token that Nightbridge could not verify. Try again later; if it persists, the vendor may have changed something.</source>
        <translation>Tandem Source sign-in returned an identity token that Nightbridge could not verify. Try again later; if it persists, the vendor may have changed something.</translation>
    </message>
    <message>
        <source>Tandem Source blocked the sign-in for now (HTTP %1, perhaps a firewall). This is not a wrong password; Nightbridge tries again later.</source>
        <translation>Tandem Source blocked the sign-in for now (HTTP %1, perhaps a firewall). This is not a wrong password; Nightbridge tries again later.</translation>
    </message>
    <message>
        <source>Tandem Source answered the sign-in in a way Nightbridge does not understand (HTTP %1; the vendor may have changed something). This is not a wrong password; Nightbridge tries again later.</source>
        <translation>Tandem Source answered the sign-in in a way Nightbridge does not understand (HTTP %1; the vendor may have changed something). This is not a wrong password; Nightbridge tries again later.</translation>
    </message>
</context>
<context>
    <name>TreatmentMapper</name>
    <message>
        <source>SmartGuard auto correction</source>
        <translation>SmartGuard auto correction</translation>
    </message>
    <message>
        <source>SmartGuard auto basal %1 U</source>
        <translation>SmartGuard auto basal %1 U</translation>
    </message>
    <message>
        <source>Sensor calibration</source>
        <translation>Sensor calibration</translation>
    </message>
    <message>
        <source>SmartGuard suspended insulin for low glucose</source>
        <translation>SmartGuard suspended insulin for low glucose</translation>
    </message>
    <message>
        <source>SmartGuard mode changed</source>
        <translation>SmartGuard mode changed</translation>
    </message>
    <message>
        <source>SmartGuard on</source>
        <translation>SmartGuard on</translation>
    </message>
    <message>
        <source>SmartGuard off</source>
        <translation>SmartGuard off</translation>
    </message>
    <message>
        <source>Pump clock changed</source>
        <translation>Pump clock changed</translation>
    </message>
</context>
<context>
    <name>UrlSchemeRegistration</name>
    <message>
        <source>The application path is unknown.</source>
        <translation>The application path is unknown.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot register Nightbridge for the CareLink sign-in.</source>
        <translation>Cannot register Nightbridge for the CareLink sign-in.</translation>
    </message>
    <message>
        <source>This registration is for Windows only.</source>
        <translation>This registration is for Windows only.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Quit after SECONDS (smoke tests).</source>
        <translation>Quit after SECONDS (smoke tests).</translation>
    </message>
    <message>
        <source>Syncs CareLink and Tandem Source data to Nightscout from the system tray.</source>
        <translation>Syncs CareLink and Tandem Source data to Nightscout from the system tray.</translation>
    </message>
    <message>
        <source>A CareLink sign-in address handed over by the browser.</source>
        <translation>A CareLink sign-in address handed over by the browser.</translation>
    </message>
    <message>
        <source>Run the demo (simulated CareLink and Tandem data) even when accounts are configured.</source>
        <translation>Run the demo (simulated CareLink and Tandem data) even when accounts are configured.</translation>
    </message>
    <message>
        <source>Keep settings, state and logs in DIR.</source>
        <translation>Keep settings, state and logs in DIR.</translation>
    </message>
    <message>
        <source>Log at debug level (the log file and stderr).</source>
        <translation>Log at debug level (the log file and stderr).</translation>
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
        <translation>&quot;%1&quot; is not a valid account id (lower-case letters, digits, - and _).</translation>
    </message>
    <message>
        <source>Accounts have no setting &quot;%1&quot;. Known: %2.</source>
        <translation>Accounts have no setting &quot;%1&quot;. Known: %2.</translation>
    </message>
    <message>
        <source>Accounts from the environment are not saved.</source>
        <translation>Accounts from the environment are not saved.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>There is no account &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>nb::BackfillAccountPage</name>
    <message>
        <source>Which account?</source>
        <translation>Which account?</translation>
    </message>
    <message>
        <source>A backfill fetches a past range from the vendor and uploads what Nightscout is missing. Documents already on your site are left as they are.</source>
        <translation>A backfill fetches a past range from the vendor and uploads what Nightscout is missing. Documents already on your site are left as they are.</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
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
        <translation>There is no account yet. Add one in the settings first.</translation>
    </message>
    <message>
        <source>An earlier backfill of this account was interrupted (%1 to %2, %3 of %4 parts done). You can continue it on the next page.</source>
        <translation>An earlier backfill of this account was interrupted (%1 to %2, %3 of %4 parts done). You can continue it on the next page.</translation>
    </message>
</context>
<context>
    <name>nb::BackfillFeaturesPage</name>
    <message>
        <source>What to fill?</source>
        <translation>What to fill?</translation>
    </message>
    <message>
        <source>The account&apos;s own choices are preset. Changes here apply to this backfill only.</source>
        <translation>The account&apos;s own choices are preset. Changes here apply to this backfill only.</translation>
    </message>
    <message>
        <source>Choose at least one kind of data.</source>
        <translation>Choose at least one kind of data.</translation>
    </message>
</context>
<context>
    <name>nb::BackfillJob</name>
    <message>
        <source>There is no interrupted backfill to resume.</source>
        <translation>There is no interrupted backfill to resume.</translation>
    </message>
    <message>
        <source>Nothing of the requested range is left to fetch.</source>
        <translation>Nothing of the requested range is left to fetch.</translation>
    </message>
    <message>
        <source>The backfill was cancelled. Run it again to continue where it stopped.</source>
        <translation>The backfill was cancelled. Run it again to continue where it stopped.</translation>
    </message>
</context>
<context>
    <name>nb::BackfillPlanner</name>
    <message numerus="yes">
        <source>This source keeps only the last %n hour(s) of data: older readings cannot be fetched from it any more. Backfilling from %1 instead.</source>
        <translation>
            <numerusform>This source keeps only the last %n hour of data: older readings cannot be fetched from it any more. Backfilling from %1 instead.</numerusform>
            <numerusform>This source keeps only the last %n hours of data: older readings cannot be fetched from it any more. Backfilling from %1 instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::BackfillPreviewPage</name>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Nightbridge fetched the range and compared it with your Nightscout site. Nothing has been uploaded yet.</source>
        <translation>Nightbridge fetched the range and compared it with your Nightscout site. Nothing has been uploaded yet.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Missing on the site</source>
        <translation>Missing on the site</translation>
    </message>
    <message>
        <source>Different on the site</source>
        <translation>Different on the site</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>On the site</source>
        <translation>On the site</translation>
    </message>
    <message>
        <source>Fetching the range from the vendor and comparing it with Nightscout…</source>
        <translation>Fetching the range from the vendor and comparing it with Nightscout…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) found so far.</source>
        <translation>
            <numerusform>%n document found so far.</numerusform>
            <numerusform>%n documents found so far.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nightscout already has everything in this range.</source>
        <translation>Nightscout already has everything in this range.</translation>
    </message>
    <message>
        <source>Start the backfill to upload what is missing.</source>
        <translation>Start the backfill to upload what is missing.</translation>
    </message>
    <message>
        <source>%1 documents in the range. Nightscout already has %2; %3 are missing and %4 differ (the upload replaces those that Nightbridge wrote).</source>
        <translation>%1 documents in the range. Nightscout already has %2; %3 are missing and %4 differ (the upload replaces those that Nightbridge wrote).</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>different</source>
        <translation>different</translation>
    </message>
</context>
<context>
    <name>nb::BackfillRangePage</name>
    <message>
        <source>The last</source>
        <translation>The last</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Which days?</source>
        <translation>Which days?</translation>
    </message>
    <message>
        <source>Choose the range to fill. Days are in this computer&apos;s time zone.</source>
        <translation>Choose the range to fill. Days are in this computer&apos;s time zone.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message numerus="yes">
        <source>CareLink keeps only the last %n hour(s) of data. Older readings cannot be fetched from it by anyone, so the range is limited to that.</source>
        <translation>
            <numerusform>CareLink keeps only the last %n hour of data. Older readings cannot be fetched from it by anyone, so the range is limited to that.</numerusform>
            <numerusform>CareLink keeps only the last %n hours of data. Older readings cannot be fetched from it by anyone, so the range is limited to that.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is read in windows of up to %n day(s); a long range takes several requests and can take a few minutes.</source>
        <translation>
            <numerusform>%1 is read in windows of up to %n day; a long range takes several requests and can take a few minutes.</numerusform>
            <numerusform>%1 is read in windows of up to %n days; a long range takes several requests and can take a few minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tandem Source</source>
        <translation>Tandem Source</translation>
    </message>
    <message>
        <source>The vendor</source>
        <translation>The vendor</translation>
    </message>
    <message>
        <source>Continue the interrupted backfill (%1 to %2, %3 of %4 parts done)</source>
        <translation>Continue the interrupted backfill (%1 to %2, %3 of %4 parts done)</translation>
    </message>
    <message>
        <source>The start must be before the end.</source>
        <translation>The start must be before the end.</translation>
    </message>
    <message>
        <source>Nothing of this range can be fetched.</source>
        <translation>Nothing of this range can be fetched.</translation>
    </message>
    <message numerus="yes">
        <source>%n request window(s), from %1 to %2.</source>
        <translation>
            <numerusform>%n request window, from %1 to %2.</numerusform>
            <numerusform>%n request windows, from %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::BackfillRunPage</name>
    <message>
        <source>Cancel backfill</source>
        <translation>Cancel backfill</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Backfilling</source>
        <translation>Backfilling</translation>
    </message>
    <message>
        <source>You can cancel at any time: what was uploaded stays, and the backfill can continue later where it stopped.</source>
        <translation>You can cancel at any time: what was uploaded stays, and the backfill can continue later where it stopped.</translation>
    </message>
    <message>
        <source>Found in the range:</source>
        <translation>Found in the range:</translation>
    </message>
    <message>
        <source>Uploaded:</source>
        <translation>Uploaded:</translation>
    </message>
    <message>
        <source>Already in Nightscout:</source>
        <translation>Already in Nightscout:</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Continuing where the backfill stopped…</source>
        <translation>Continuing where the backfill stopped…</translation>
    </message>
    <message>
        <source>Part %1 of %2%3</source>
        <translation>Part %1 of %2%3</translation>
    </message>
    <message>
        <source> (continued)</source>
        <translation> (continued)</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 parts. What was uploaded stays; Resume continues where it stopped, now or later.</source>
        <translation>Cancelled after %1 of %2 parts. What was uploaded stays; Resume continues where it stopped, now or later.</translation>
    </message>
    <message>
        <source>The progress is saved; Resume continues where it stopped.</source>
        <translation>The progress is saved; Resume continues where it stopped.</translation>
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
        <translation>A backfill is running.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; does not exist.</source>
        <translation>The account &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>The backfill was cancelled.</source>
        <translation>The backfill was cancelled.</translation>
    </message>
</context>
<context>
    <name>nb::BackfillSummaryPage</name>
    <message>
        <source>Backfill finished</source>
        <translation>Backfill finished</translation>
    </message>
    <message>
        <source>%1: %2 documents in the range from %3 to %4. %5 uploaded, %6 were already in Nightscout.</source>
        <translation>%1: %2 documents in the range from %3 to %4. %5 uploaded, %6 were already in Nightscout.</translation>
    </message>
    <message>
        <source>The backfill continued an interrupted one.</source>
        <translation>The backfill continued an interrupted one.</translation>
    </message>
</context>
<context>
    <name>nb::BackfillWizard</name>
    <message>
        <source>Backfill Nightscout</source>
        <translation>Backfill Nightscout</translation>
    </message>
    <message>
        <source>Start backfill</source>
        <translation>Start backfill</translation>
    </message>
</context>
<context>
    <name>nb::DemoMode</name>
    <message>
        <source>The demo could not start its built-in services.</source>
        <translation>The demo could not start its built-in services.</translation>
    </message>
</context>
<context>
    <name>nb::DocumentSummary</name>
    <message>
        <source>Glucose readings</source>
        <translation>Glucose readings</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Treatments</translation>
    </message>
    <message>
        <source>Device status</source>
        <translation>Device status</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <source>%1 mg/dL %2</source>
        <translation>%1 mg/dL %2</translation>
    </message>
    <message>
        <source>%1 U</source>
        <translation>%1 U</translation>
    </message>
    <message>
        <source>%1 g</source>
        <translation>%1 g</translation>
    </message>
    <message>
        <source>%1 U/h</source>
        <translation>%1 U/h</translation>
    </message>
</context>
<context>
    <name>nb::DotEnv</name>
    <message>
        <source>Line %1 of the .env file is not NAME=value.</source>
        <translation>Line %1 of the .env file is not NAME=value.</translation>
    </message>
    <message>
        <source>Line %1 of the .env file has an unclosed quote.</source>
        <translation>Line %1 of the .env file has an unclosed quote.</translation>
    </message>
</context>
<context>
    <name>nb::FileCredentialStore</name>
    <message>
        <source>Plain file, not encrypted (%1)</source>
        <translation>Plain file, not encrypted (%1)</translation>
    </message>
    <message>
        <source>Nightbridge cannot use its credentials file %1. Check that the file and its folder belong to you and are writable, or switch back to the system keychain.</source>
        <translation>Nightbridge cannot use its credentials file %1. Check that the file and its folder belong to you and are writable, or switch back to the system keychain.</translation>
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
        <translation>Medtronic CareLink (MiniMed 780G and others)</translation>
    </message>
    <message>
        <source>Your pump account</source>
        <translation>Your pump account</translation>
    </message>
    <message>
        <source>Where does your data come from? You can add more accounts later in the settings.</source>
        <translation>Where does your data come from? You can add more accounts later in the settings.</translation>
    </message>
    <message>
        <source>Next is available once the sign-in worked.</source>
        <translation>Next is available once the sign-in worked.</translation>
    </message>
</context>
<context>
    <name>nb::FirstRunAutostartPage</name>
    <message>
        <source>Start Nightbridge when I log in</source>
        <translation>Start Nightbridge when I log in</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Start at login</translation>
    </message>
    <message>
        <source>Nightbridge can only sync while it runs. Starting it at login keeps Nightscout up to date without you thinking about it.</source>
        <translation>Nightbridge can only sync while it runs. Starting it at login keeps Nightscout up to date without you thinking about it.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>nb::FirstRunDonePage</name>
    <message>
        <source>All set</source>
        <translation>All set</translation>
    </message>
    <message>
        <source>Nightbridge lives in the system tray. Its icon shows your latest reading; click it for details, or open the settings from its menu.</source>
        <translation>Nightbridge lives in the system tray. Its icon shows your latest reading; click it for details, or open the settings from its menu.</translation>
    </message>
    <message>
        <source>Starting the first sync…</source>
        <translation>Starting the first sync…</translation>
    </message>
    <message>
        <source>Syncing %1 for the first time…</source>
        <translation>Syncing %1 for the first time…</translation>
    </message>
    <message>
        <source>The first sync did not work: %1</source>
        <translation>The first sync did not work: %1</translation>
    </message>
    <message numerus="yes">
        <source>The first sync worked: %n document(s) uploaded to Nightscout.</source>
        <translation>
            <numerusform>The first sync worked: %n document uploaded to Nightscout.</numerusform>
            <numerusform>The first sync worked: %n documents uploaded to Nightscout.</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest reading: %1 mg/dL at %2.</source>
        <translation>Latest reading: %1 mg/dL at %2.</translation>
    </message>
</context>
<context>
    <name>nb::FirstRunFeaturesPage</name>
    <message>
        <source>What to upload</source>
        <translation>What to upload</translation>
    </message>
    <message>
        <source>The usual choices are preset. &quot;Check Nightscout for other uploaders&quot; warns when something else already writes the same kind of data to your site.</source>
        <translation>The usual choices are preset. &quot;Check Nightscout for other uploaders&quot; warns when something else already writes the same kind of data to your site.</translation>
    </message>
</context>
<context>
    <name>nb::FirstRunNightscoutPage</name>
    <message>
        <source>Your Nightscout site</source>
        <translation>Your Nightscout site</translation>
    </message>
    <message>
        <source>Enter the address of your site and its API secret or an access token, then test the connection.</source>
        <translation>Enter the address of your site and its API secret or an access token, then test the connection.</translation>
    </message>
    <message>
        <source>Next is available once the connection test passed.</source>
        <translation>Next is available once the connection test passed.</translation>
    </message>
</context>
<context>
    <name>nb::FirstRunWelcomePage</name>
    <message>
        <source>Welcome to Nightbridge</source>
        <translation>Welcome to Nightbridge</translation>
    </message>
    <message>
        <source>Nightbridge copies the data of your Medtronic CareLink or Tandem Source account to your Nightscout site, in the background, for as long as this computer is on.

You need the address of your Nightscout site with its API secret (or an access token), and the sign-in of your CareLink or Tandem Source account. Passwords and secrets are kept in the system&apos;s keychain, never in a file.</source>
        <translation>Nightbridge copies the data of your Medtronic CareLink or Tandem Source account to your Nightscout site, in the background, for as long as this computer is on.

You need the address of your Nightscout site with its API secret (or an access token), and the sign-in of your CareLink or Tandem Source account. Passwords and secrets are kept in the system&apos;s keychain, never in a file.</translation>
    </message>
    <message>
        <source>Just looking? The demo shows Nightbridge at work with made-up data, without any account.</source>
        <translation>Just looking? The demo shows Nightbridge at work with made-up data, without any account.</translation>
    </message>
    <message>
        <source>Try demo mode</source>
        <translation>Try demo mode</translation>
    </message>
</context>
<context>
    <name>nb::FirstRunWizard</name>
    <message>
        <source>Set up Nightbridge</source>
        <translation>Set up Nightbridge</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>Save and start</translation>
    </message>
    <message>
        <source>Add an account first.</source>
        <translation>Add an account first.</translation>
    </message>
</context>
<context>
    <name>nb::KeychainCredentialStore</name>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS Keychain</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows Credential Manager</translation>
    </message>
    <message>
        <source>Secret Service (GNOME Keyring, KWallet)</source>
        <translation>Secret Service (GNOME Keyring, KWallet)</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s). If a keychain window is waiting for you, answer it; otherwise unlock the keychain or restart its service, then try again.</source>
        <translation>
            <numerusform>The keychain did not answer within %n second. If a keychain window is waiting for you, answer it; otherwise unlock the keychain or restart its service, then try again.</numerusform>
            <numerusform>The keychain did not answer within %n seconds. If a keychain window is waiting for you, answer it; otherwise unlock the keychain or restart its service, then try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>No keychain service is running (Secret Service: GNOME Keyring or KWallet). Log in to a desktop session that provides one, or install and start gnome-keyring. On a server without a desktop you can choose the unencrypted credentials file in the settings.</source>
        <translation>No keychain service is running (Secret Service: GNOME Keyring or KWallet). Log in to a desktop session that provides one, or install and start gnome-keyring. On a server without a desktop you can choose the unencrypted credentials file in the settings.</translation>
    </message>
    <message>
        <source>The system keychain is not available. Try again after logging in again.</source>
        <translation>The system keychain is not available. Try again after logging in again.</translation>
    </message>
    <message>
        <source>The keychain is locked or has no default keyring, and Nightbridge could not ask you to unlock it. Unlock it (for example with your desktop&apos;s password manager, or by logging in again) and try again.</source>
        <translation>The keychain is locked or has no default keyring, and Nightbridge could not ask you to unlock it. Unlock it (for example with your desktop&apos;s password manager, or by logging in again) and try again.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow Nightbridge to use the keychain and try again.</source>
        <translation>Access to the keychain was denied. Allow Nightbridge to use the keychain and try again.</translation>
    </message>
    <message>
        <source>The keychain could not delete the saved credential. Remove it with your keychain manager.</source>
        <translation>The keychain could not delete the saved credential. Remove it with your keychain manager.</translation>
    </message>
    <message>
        <source>This system has no keychain Nightbridge can use.</source>
        <translation>This system has no keychain Nightbridge can use.</translation>
    </message>
    <message>
        <source>The keychain reported an error. Make sure it is unlocked and try again; the log has details.</source>
        <translation>The keychain reported an error. Make sure it is unlocked and try again; the log has details.</translation>
    </message>
</context>
<context>
    <name>nb::Outbox</name>
    <message>
        <source>Nightbridge cannot keep its pending uploads in %1. Check that the disk is not full and the folder is writable.</source>
        <translation>Nightbridge cannot keep its pending uploads in %1. Check that the disk is not full and the folder is writable.</translation>
    </message>
</context>
<context>
    <name>nb::RangeReader</name>
    <message>
        <source>Comparing with the Nightscout site took too long. Nightbridge will try again later.</source>
        <translation>Comparing with the Nightscout site took too long. Nightbridge will try again later.</translation>
    </message>
    <message>
        <source>The Nightscout site needs more requests than expected to list its data. Nightbridge stopped comparing with it; check that the site (and any proxy in front of it) answers queries normally.</source>
        <translation>The Nightscout site needs more requests than expected to list its data. Nightbridge stopped comparing with it; check that the site (and any proxy in front of it) answers queries normally.</translation>
    </message>
    <message>
        <source>The Nightscout site ignored the time range Nightbridge asked for and sent other data (an old Nightscout version, or a proxy that drops the query). Nightbridge stopped comparing with the site; uploads are not affected.</source>
        <translation>The Nightscout site ignored the time range Nightbridge asked for and sent other data (an old Nightscout version, or a proxy that drops the query). Nightbridge stopped comparing with the site; uploads are not affected.</translation>
    </message>
    <message>
        <source>The Nightscout site holds far more data for this time than expected. Nightbridge stopped comparing with it.</source>
        <translation>The Nightscout site holds far more data for this time than expected. Nightbridge stopped comparing with it.</translation>
    </message>
</context>
<context>
    <name>nb::Runtime</name>
    <message>
        <source>Cannot create the folder %1. Check --config and the permissions.</source>
        <translation>Cannot create the folder %1. Check --config and the permissions.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;. Accounts: %2.</source>
        <translation>There is no account &quot;%1&quot;. Accounts: %2.</translation>
    </message>
    <message>
        <source>none (see `nightbridge-cli accounts add`)</source>
        <translation>none (see `nightbridge-cli accounts add`)</translation>
    </message>
    <message>
        <source>No Nightscout site is configured. Set it with `nightbridge-cli accounts set` / the settings (nightscout/url), or NS_URL.</source>
        <translation>No Nightscout site is configured. Set it with `nightbridge-cli accounts set` / the settings (nightscout/url), or NS_URL.</translation>
    </message>
    <message>
        <source>No Nightscout site is configured. Enter its address in Settings.</source>
        <translation>No Nightscout site is configured. Enter its address in Settings.</translation>
    </message>
    <message>
        <source>No Nightscout API secret is stored. Add it with `nightbridge-cli accounts set --nightscout-secret-file FILE`, or set NS_SECRET.</source>
        <translation>No Nightscout API secret is stored. Add it with `nightbridge-cli accounts set --nightscout-secret-file FILE`, or set NS_SECRET.</translation>
    </message>
    <message>
        <source>No Nightscout API secret or token is stored. Enter it in Settings.</source>
        <translation>No Nightscout API secret or token is stored. Enter it in Settings.</translation>
    </message>
    <message>
        <source>Another Nightbridge process (PID %1) is syncing these accounts. Wait for it to finish, or stop it first.</source>
        <translation>Another Nightbridge process (PID %1) is syncing these accounts. Wait for it to finish, or stop it first.</translation>
    </message>
    <message>
        <source>Nightbridge cannot write in its data folder %1 (%2). Check that it belongs to you, is writable and the disk is not full.</source>
        <translation>Nightbridge cannot write in its data folder %1 (%2). Check that it belongs to you, is writable and the disk is not full.</translation>
    </message>
</context>
<context>
    <name>nb::Settings</name>
    <message>
        <source>The settings file was written by a newer version of Nightbridge. Settings are read-only until you update Nightbridge.</source>
        <translation>The settings file was written by a newer version of Nightbridge. Settings are read-only until you update Nightbridge.</translation>
    </message>
    <message>
        <source>Nightbridge cannot save its settings to %1. Check that the folder exists and is writable.</source>
        <translation>Nightbridge cannot save its settings to %1. Check that the folder exists and is writable.</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; %2.</source>
        <translation>The setting &quot;%1&quot; %2.</translation>
    </message>
</context>
<context>
    <name>nb::SingleInstance</name>
    <message>
        <source>Nightbridge is already running but does not respond. Quit it and try again.</source>
        <translation>Nightbridge is already running but does not respond. Quit it and try again.</translation>
    </message>
</context>
<context>
    <name>nb::SourceFactory</name>
    <message>
        <source>Account &quot;%1&quot;: unknown time zone &quot;%2&quot;.</source>
        <translation>Account &quot;%1&quot;: unknown time zone &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;: unknown CareLink feature &quot;%2&quot;. Known: %3.</source>
        <translation>Account &quot;%1&quot;: unknown CareLink feature &quot;%2&quot;. Known: %3.</translation>
    </message>
    <message>
        <source>The setting %1 must be an https address (or http to 127.0.0.1 or ::1).</source>
        <translation>The setting %1 must be an https address (or http to 127.0.0.1 or ::1).</translation>
    </message>
</context>
<context>
    <name>nb::StateStore</name>
    <message>
        <source>The sync state was saved by a newer version of Nightbridge. Update Nightbridge to continue syncing.</source>
        <translation>The sync state was saved by a newer version of Nightbridge. Update Nightbridge to continue syncing.</translation>
    </message>
    <message>
        <source>The sync state was saved by a newer version of Nightbridge and is not overwritten.</source>
        <translation>The sync state was saved by a newer version of Nightbridge and is not overwritten.</translation>
    </message>
    <message>
        <source>Nightbridge refused to store a secret in its state file.</source>
        <translation>Nightbridge refused to store a secret in its state file.</translation>
    </message>
    <message>
        <source>Nightbridge cannot save its sync state to %1. Check free disk space and that the folder is writable.</source>
        <translation>Nightbridge cannot save its sync state to %1. Check free disk space and that the folder is writable.</translation>
    </message>
    <message>
        <source>Nightbridge cannot read its sync state in %1. Check that the folder and its files belong to you and are readable.</source>
        <translation>Nightbridge cannot read its sync state in %1. Check that the folder and its files belong to you and are readable.</translation>
    </message>
    <message>
        <source>The saved sync state in %1 is damaged and cannot be set aside. Check that the folder is writable.</source>
        <translation>The saved sync state in %1 is damaged and cannot be set aside. Check that the folder is writable.</translation>
    </message>
    <message>
        <source>The saved sync state was damaged. Nightbridge set it aside (%1) and started from scratch: each account is read again from the vendor, and documents Nightscout already has are recognised and not uploaded twice.</source>
        <translation>The saved sync state was damaged. Nightbridge set it aside (%1) and started from scratch: each account is read again from the vendor, and documents Nightscout already has are recognised and not uploaded twice.</translation>
    </message>
</context>
<context>
    <name>nb::SyncEngine</name>
    <message>
        <source>A sync of this account is already running.</source>
        <translation>A sync of this account is already running.</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>The sync was cancelled.</translation>
    </message>
    <message>
        <source>The sign-in was refused. Check the account&apos;s password, then run check-login.</source>
        <translation>The sign-in was refused. Check the account&apos;s password, then run check-login.</translation>
    </message>
</context>
<context>
    <name>nb::carelink::CareLinkSource</name>
    <message numerus="yes">
        <source>This CareLink care partner account follows %n patient(s). Choose one with `nightbridge-cli accounts set %1 --patient USER` (one Nightbridge account per patient).</source>
        <translation>
            <numerusform>This CareLink care partner account follows %n patient. Choose one with `nightbridge-cli accounts set %1 --patient USER` (one Nightbridge account per patient).</numerusform>
            <numerusform>This CareLink care partner account follows %n patients. Choose one with `nightbridge-cli accounts set %1 --patient USER` (one Nightbridge account per patient).</numerusform>
        </translation>
    </message>
    <message>
        <source>The CareLink patient chosen for account &quot;%1&quot; is not an active link of this care partner account.</source>
        <translation>The CareLink patient chosen for account &quot;%1&quot; is not an active link of this care partner account.</translation>
    </message>
    <message numerus="yes">
        <source>CareLink care partner (%1), following %n patient(s)</source>
        <translation>
            <numerusform>CareLink care partner (%1), following %n patient</numerusform>
            <numerusform>CareLink care partner (%1), following %n patients</numerusform>
        </translation>
    </message>
    <message>
        <source>CareLink patient (%1)</source>
        <translation>CareLink patient (%1)</translation>
    </message>
</context>
<context>
    <name>nb::cli::AccountsCommand</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>Add, list, change or remove accounts (secrets go to the keychain)</source>
        <translation>Add, list, change or remove accounts (secrets go to the keychain)</translation>
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
        <translation>Usage:
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
</translation>
    </message>
    <message>
        <source>Unknown or incomplete accounts command.</source>
        <translation>Unknown or incomplete accounts command.</translation>
    </message>
    <message>
        <source>No accounts. Add one with `nightbridge-cli accounts add tandem` or `... add carelink`, or import a tconnectsync .env with `nightbridge-cli import-env`.</source>
        <translation>No accounts. Add one with `nightbridge-cli accounts add tandem` or `... add carelink`, or import a tconnectsync .env with `nightbridge-cli import-env`.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>VENDOR</source>
        <translation>VENDOR</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation>ENABLED</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source> (from the environment)</source>
        <translation> (from the environment)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>The vendor must be tandem or carelink.</source>
        <translation>The vendor must be tandem or carelink.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid account id (lower-case letters, digits, - and _).</source>
        <translation>&quot;%1&quot; is not a valid account id (lower-case letters, digits, - and _).</translation>
    </message>
    <message>
        <source>An account &quot;%1&quot; exists already; change it with `accounts set %1`.</source>
        <translation>An account &quot;%1&quot; exists already; change it with `accounts set %1`.</translation>
    </message>
    <message>
        <source>A CareLink account needs --country (or --region).</source>
        <translation>A CareLink account needs --country (or --region).</translation>
    </message>
    <message>
        <source>Added account &quot;%1&quot; (%2).</source>
        <translation>Added account &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <source>Next: sign in once with `nightbridge-cli carelink login --account %1 --%2 %3`.</source>
        <translation>Next: sign in once with `nightbridge-cli carelink login --account %1 --%2 %3`.</translation>
    </message>
    <message>
        <source>Check the sign-in with `nightbridge-cli check-login --account %1`.</source>
        <translation>Check the sign-in with `nightbridge-cli check-login --account %1`.</translation>
    </message>
    <message>
        <source>--password-file needs an account id.</source>
        <translation>--password-file needs an account id.</translation>
    </message>
    <message>
        <source>Not on a terminal: give the Tandem e-mail with --email and the password with --password-file.</source>
        <translation>Not on a terminal: give the Tandem e-mail with --email and the password with --password-file.</translation>
    </message>
    <message>
        <source>Tandem Source e-mail: </source>
        <translation>Tandem Source e-mail: </translation>
    </message>
    <message>
        <source>No e-mail given.</source>
        <translation>No e-mail given.</translation>
    </message>
    <message>
        <source>Tandem Source password (not shown): </source>
        <translation>Tandem Source password (not shown): </translation>
    </message>
    <message>
        <source>No password given.</source>
        <translation>No password given.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>There is no account &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The shared Nightscout site is updated.</source>
        <translation>The shared Nightscout site is updated.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not field=value.</source>
        <translation>&quot;%1&quot; is not field=value.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; is updated.</source>
        <translation>Account &quot;%1&quot; is updated.</translation>
    </message>
    <message>
        <source>Removed account &quot;%1&quot; and its stored secrets.</source>
        <translation>Removed account &quot;%1&quot; and its stored secrets.</translation>
    </message>
</context>
<context>
    <name>nb::cli::BackfillCommand</name>
    <message>
        <source>Upload a past range (dates or last N days); resumable, with --pretend diff</source>
        <translation>Upload a past range (dates or last N days); resumable, with --pretend diff</translation>
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
        <translation>Usage: nightbridge-cli backfill (--start-date D --end-date D | --days N) [options]

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
</translation>
    </message>
    <message>
        <source>backfill takes no arguments.</source>
        <translation>backfill takes no arguments.</translation>
    </message>
    <message>
        <source>--days needs a number of days (1 or more).</source>
        <translation>--days needs a number of days (1 or more).</translation>
    </message>
    <message>
        <source>--start-date and --end-date need dates like 2026-03-01, the start before the end.</source>
        <translation>--start-date and --end-date need dates like 2026-03-01, the start before the end.</translation>
    </message>
    <message>
        <source>backfill needs --start-date/--end-date, --days or --resume.</source>
        <translation>backfill needs --start-date/--end-date, --days or --resume.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1: nothing to resume.</source>
        <translation>%1: nothing to resume.</translation>
    </message>
    <message>
        <source>%1: window %2/%3, found %4, uploaded %5, already there %6</source>
        <translation>%1: window %2/%3, found %4, uploaded %5, already there %6</translation>
    </message>
    <message>
        <source>%1: %2 documents in the range; %3 already in Nightscout, %4 missing, %5 different (pretend: nothing uploaded)</source>
        <translation>%1: %2 documents in the range; %3 already in Nightscout, %4 missing, %5 different (pretend: nothing uploaded)</translation>
    </message>
    <message>
        <source>%1: %2 documents in the range; %3 uploaded, %4 were already in Nightscout%5</source>
        <translation>%1: %2 documents in the range; %3 uploaded, %4 were already in Nightscout%5</translation>
    </message>
    <message>
        <source> (resumed)</source>
        <translation> (resumed)</translation>
    </message>
</context>
<context>
    <name>nb::cli::CareLinkLoginCommand</name>
    <message>
        <source>Sign in to CareLink (prints a URL, reads the address the browser ends on)</source>
        <translation>Sign in to CareLink (prints a URL, reads the address the browser ends on)</translation>
    </message>
    <message>
        <source>Only `carelink login` exists so far.</source>
        <translation>Only `carelink login` exists so far.</translation>
    </message>
    <message>
        <source>carelink login needs --country (or --region).</source>
        <translation>carelink login needs --country (or --region).</translation>
    </message>
    <message>
        <source>--region must be US or EU.</source>
        <translation>--region must be US or EU.</translation>
    </message>
    <message>
        <source>Note: the memory credential store forgets the sign-in when this command ends.</source>
        <translation>Note: the memory credential store forgets the sign-in when this command ends.</translation>
    </message>
    <message>
        <source>--credential-store must be keychain, memory, or file with --credential-file.</source>
        <translation>--credential-store must be keychain, memory, or file with --credential-file.</translation>
    </message>
    <message>
        <source>--discovery-url is not a valid URL.</source>
        <translation>--discovery-url is not a valid URL.</translation>
    </message>
    <message>
        <source>Open this address in a browser and sign in with the CareLink account for Nightbridge:</source>
        <translation>Open this address in a browser and sign in with the CareLink account for Nightbridge:</translation>
    </message>
    <message>
        <source>Then paste the address the browser ended on (it starts with %1) and press Enter:</source>
        <translation>Then paste the address the browser ended on (it starts with %1) and press Enter:</translation>
    </message>
    <message>
        <source>No address was pasted.</source>
        <translation>No address was pasted.</translation>
    </message>
    <message>
        <source>No address was pasted in time.</source>
        <translation>No address was pasted in time.</translation>
    </message>
    <message>
        <source>That is not an address. Run `nightbridge-cli carelink login` again.</source>
        <translation>That is not an address. Run `nightbridge-cli carelink login` again.</translation>
    </message>
    <message>
        <source>Signed in. The refresh token is kept in: %1.</source>
        <translation>Signed in. The refresh token is kept in: %1.</translation>
    </message>
    <message>
        <source>Could not read the account details: %1</source>
        <translation>Could not read the account details: %1</translation>
    </message>
    <message>
        <source>Account: %1 (%2)</source>
        <translation>Account: %1 (%2)</translation>
    </message>
    <message>
        <source>No active linked patients: link a patient in CareLink first.</source>
        <translation>No active linked patients: link a patient in CareLink first.</translation>
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
        <translation>Usage: nightbridge-cli carelink login [--account ID] [--country CC] [options]

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
</translation>
    </message>
    <message>
        <source>--discovery-url must be an https address (or http to 127.0.0.1 or ::1).</source>
        <translation>--discovery-url must be an https address (or http to 127.0.0.1 or ::1).</translation>
    </message>
    <message>
        <source>There are several CareLink accounts: %1. Name one with --account.</source>
        <translation>There are several CareLink accounts: %1. Name one with --account.</translation>
    </message>
    <message>
        <source>Which CareLink account do you want to sign in (%1)? </source>
        <translation>Which CareLink account do you want to sign in (%1)? </translation>
    </message>
    <message>
        <source>There is no CareLink account &quot;%1&quot;.</source>
        <translation>There is no CareLink account &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>nb::cli::CheckLoginCommand</name>
    <message>
        <source>Sign in to each account&apos;s vendor and show who it is</source>
        <translation>Sign in to each account&apos;s vendor and show who it is</translation>
    </message>
    <message>
        <source>check-login takes no arguments.</source>
        <translation>check-login takes no arguments.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: signed in: %2</source>
        <translation>%1: signed in: %2</translation>
    </message>
    <message>
        <source>%1: the pause after the refused sign-in is lifted.</source>
        <translation>%1: the pause after the refused sign-in is lifted.</translation>
    </message>
    <message>
        <source>Usage: nightbridge-cli check-login [--account A]

Signs in to Tandem Source / CareLink for each selected account and prints the pump or role it
found. A sign-in refused earlier paused the account; a successful check lifts that pause.
Exit codes: 0 all signed in, 3 configuration (missing password, ...), 4 refused or sign-in needed,
5 vendor unreachable, 6 unexpected answer, 8 another Nightbridge process is syncing.
</source>
        <translation>Usage: nightbridge-cli check-login [--account A]

Signs in to Tandem Source / CareLink for each selected account and prints the pump or role it
found. A sign-in refused earlier paused the account; a successful check lifts that pause.
Exit codes: 0 all signed in, 3 configuration (missing password, ...), 4 refused or sign-in needed,
5 vendor unreachable, 6 unexpected answer, 8 another Nightbridge process is syncing.
</translation>
    </message>
</context>
<context>
    <name>nb::cli::CliEnvironment</name>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
</context>
<context>
    <name>nb::cli::CredentialPresence</name>
    <message>
        <source>no CareLink sign-in is stored: run `nightbridge-cli carelink login --account %1`</source>
        <translation>no CareLink sign-in is stored: run `nightbridge-cli carelink login --account %1`</translation>
    </message>
    <message>
        <source>no Tandem password is stored: run `nightbridge-cli accounts set %1 --password-file FILE`</source>
        <translation>no Tandem password is stored: run `nightbridge-cli accounts set %1 --password-file FILE`</translation>
    </message>
    <message>
        <source>no Nightscout API secret is stored: run `nightbridge-cli accounts set --nightscout-secret-file FILE` or set NS_SECRET</source>
        <translation>no Nightscout API secret is stored: run `nightbridge-cli accounts set --nightscout-secret-file FILE` or set NS_SECRET</translation>
    </message>
</context>
<context>
    <name>nb::cli::DoctorCommand</name>
    <message>
        <source>Check configuration, secrets, keychain, Nightscout, sign-ins, clock and disk in one go</source>
        <translation>Check configuration, secrets, keychain, Nightscout, sign-ins, clock and disk in one go</translation>
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
        <translation>Usage: nightbridge-cli doctor [--account A]

Checks, one line each with the fix when something is wrong: the configuration is found, the
passwords and the Nightscout secret are stored, the keychain answers, each Nightscout site is
reachable and accepts uploads, each vendor sign-in works, this computer&apos;s clock agrees with the
servers&apos; (their Date header), and the configuration and data folders are writable.

The sign-ins are only tried when they can succeed (a password is stored, the account is not paused
after a refused password), so doctor never spends one of the vendor&apos;s few sign-in attempts for
nothing; while another Nightbridge process syncs, they are skipped.

Exit codes: 0 every check passed, 1 some check failed.
</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Fix: %1</translation>
    </message>
    <message>
        <source>doctor takes no arguments.</source>
        <translation>doctor takes no arguments.</translation>
    </message>
    <message>
        <source>configuration</source>
        <translation>configuration</translation>
    </message>
    <message>
        <source>demo mode</source>
        <translation>demo mode</translation>
    </message>
    <message>
        <source>the environment variables</source>
        <translation>the environment variables</translation>
    </message>
    <message>
        <source>%1 has no enabled account.</source>
        <translation>%1 has no enabled account.</translation>
    </message>
    <message>
        <source>no settings file at %1 and no account in the environment.</source>
        <translation>no settings file at %1 and no account in the environment.</translation>
    </message>
    <message>
        <source>add one with `nightbridge-cli accounts add tandem` (or carelink), or import a tconnectsync .env with `nightbridge-cli import-env`; give --config DIR if your configuration is elsewhere.</source>
        <translation>add one with `nightbridge-cli accounts add tandem` (or carelink), or import a tconnectsync .env with `nightbridge-cli import-env`; give --config DIR if your configuration is elsewhere.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n account(s): %2</source>
        <translation>
            <numerusform>%1, %n account: %2</numerusform>
            <numerusform>%1, %n accounts: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>credential store</source>
        <translation>credential store</translation>
    </message>
    <message>
        <source>demo mode keeps its secrets in memory</source>
        <translation>demo mode keeps its secrets in memory</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 answers</translation>
    </message>
    <message>
        <source>on a computer without a desktop keychain, set NIGHTBRIDGE_CREDENTIAL_STORE=file (or `import-env --credential-store file`) and store the secrets again.</source>
        <translation>on a computer without a desktop keychain, set NIGHTBRIDGE_CREDENTIAL_STORE=file (or `import-env --credential-store file`) and store the secrets again.</translation>
    </message>
    <message>
        <source>secrets of %1</source>
        <translation>secrets of %1</translation>
    </message>
    <message>
        <source>CareLink sign-in and Nightscout secret stored</source>
        <translation>CareLink sign-in and Nightscout secret stored</translation>
    </message>
    <message>
        <source>password and Nightscout secret stored</source>
        <translation>password and Nightscout secret stored</translation>
    </message>
    <message>
        <source>Nightscout</source>
        <translation>Nightscout</translation>
    </message>
    <message>
        <source>Nightscout of %1</source>
        <translation>Nightscout of %1</translation>
    </message>
    <message>
        <source>%1 reachable (Nightscout %2), uploads allowed</source>
        <translation>%1 reachable (Nightscout %2), uploads allowed</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>test it with `nightbridge-cli nightscout check`; change the site or secret with `nightbridge-cli accounts set --nightscout-url URL --nightscout-secret-file FILE`.</source>
        <translation>test it with `nightbridge-cli nightscout check`; change the site or secret with `nightbridge-cli accounts set --nightscout-url URL --nightscout-secret-file FILE`.</translation>
    </message>
    <message>
        <source>%1 answers but does not accept uploads with this secret.</source>
        <translation>%1 answers but does not accept uploads with this secret.</translation>
    </message>
    <message>
        <source>use the site&apos;s API_SECRET, or a token whose role may write (careportal).</source>
        <translation>use the site&apos;s API_SECRET, or a token whose role may write (careportal).</translation>
    </message>
    <message>
        <source>vendor sign-in</source>
        <translation>vendor sign-in</translation>
    </message>
    <message>
        <source>not tried: %1</source>
        <translation>not tried: %1</translation>
    </message>
    <message>
        <source>sign-in of %1</source>
        <translation>sign-in of %1</translation>
    </message>
    <message>
        <source>not tried: nothing to sign in with (see the secrets line).</source>
        <translation>not tried: nothing to sign in with (see the secrets line).</translation>
    </message>
    <message>
        <source>paused after the vendor refused the password; not tried again, so the account is not locked.</source>
        <translation>paused after the vendor refused the password; not tried again, so the account is not locked.</translation>
    </message>
    <message>
        <source>sign in again with `nightbridge-cli carelink login --account %1`.</source>
        <translation>sign in again with `nightbridge-cli carelink login --account %1`.</translation>
    </message>
    <message>
        <source>store the current password with `nightbridge-cli accounts set %1 --password-file FILE`, then run `nightbridge-cli check-login --account %1`.</source>
        <translation>store the current password with `nightbridge-cli accounts set %1 --password-file FILE`, then run `nightbridge-cli check-login --account %1`.</translation>
    </message>
    <message>
        <source>signed in: %1</source>
        <translation>signed in: %1</translation>
    </message>
    <message>
        <source>check the password (`nightbridge-cli accounts set %1 --password-file FILE`).</source>
        <translation>check the password (`nightbridge-cli accounts set %1 --password-file FILE`).</translation>
    </message>
    <message>
        <source>clock</source>
        <translation>clock</translation>
    </message>
    <message>
        <source>not compared: no server sent its time.</source>
        <translation>not compared: no server sent its time.</translation>
    </message>
    <message numerus="yes">
        <source>this computer&apos;s clock is %n minute(s) behind %1.</source>
        <translation>
            <numerusform>this computer&apos;s clock is %n minute behind %1.</numerusform>
            <numerusform>this computer&apos;s clock is %n minutes behind %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this computer&apos;s clock is %n minute(s) ahead of %1.</source>
        <translation>
            <numerusform>this computer&apos;s clock is %n minute ahead of %1.</numerusform>
            <numerusform>this computer&apos;s clock is %n minutes ahead of %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>set the clock automatically (Linux: `timedatectl set-ntp true`; Windows and macOS: Date &amp; Time settings, set time automatically). Sign-ins and reading times depend on it.</source>
        <translation>set the clock automatically (Linux: `timedatectl set-ntp true`; Windows and macOS: Date &amp; Time settings, set time automatically). Sign-ins and reading times depend on it.</translation>
    </message>
    <message numerus="yes">
        <source>agrees with the servers (within %n second(s)).</source>
        <translation>
            <numerusform>agrees with the servers (within %n second).</numerusform>
            <numerusform>agrees with the servers (within %n seconds).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>disk</source>
        <translation>disk</translation>
    </message>
    <message>
        <source>the configuration and data folders are writable</source>
        <translation>the configuration and data folders are writable</translation>
    </message>
    <message>
        <source>cannot write in %1.</source>
        <translation>cannot write in %1.</translation>
    </message>
    <message>
        <source>free some space or fix the folder&apos;s permissions, or use --config DIR.</source>
        <translation>free some space or fix the folder&apos;s permissions, or use --config DIR.</translation>
    </message>
    <message>
        <source>Everything looks fine.</source>
        <translation>Everything looks fine.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::cli::EnvCommand</name>
    <message>
        <source>No accounts are configured. Add one with `nightbridge-cli accounts add tandem` (or carelink), import a tconnectsync .env with `nightbridge-cli import-env`, set TCONNECT_EMAIL/TCONNECT_PASSWORD, or try `nightbridge-cli --demo`.</source>
        <translation>No accounts are configured. Add one with `nightbridge-cli accounts add tandem` (or carelink), import a tconnectsync .env with `nightbridge-cli import-env`, set TCONNECT_EMAIL/TCONNECT_PASSWORD, or try `nightbridge-cli --demo`.</translation>
    </message>
    <message>
        <source>%1: none of the features %2 is a %3 feature; this account is left out.</source>
        <translation>%1: none of the features %2 is a %3 feature; this account is left out.</translation>
    </message>
    <message>
        <source>No selected account knows the features %1.</source>
        <translation>No selected account knows the features %1.</translation>
    </message>
</context>
<context>
    <name>nb::cli::FeatureList</name>
    <message>
        <source>Unknown feature name(s): %1. Known: Tandem %2; CareLink %3 (and &quot;all&quot;).</source>
        <translation>Unknown feature name(s): %1. Known: Tandem %2; CareLink %3 (and &quot;all&quot;).</translation>
    </message>
</context>
<context>
    <name>nb::cli::GlobalOptions</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 needs a value.</translation>
    </message>
</context>
<context>
    <name>nb::cli::ImportEnvCommand</name>
    <message>
        <source>Import a tconnectsync .env (or minimed-connect variables) into accounts and the keychain</source>
        <translation>Import a tconnectsync .env (or minimed-connect variables) into accounts and the keychain</translation>
    </message>
    <message>
        <source>No .env file found (looked at %1). Name the file to import.</source>
        <translation>No .env file found (looked at %1). Name the file to import.</translation>
    </message>
    <message>
        <source>CareLink account &quot;%1&quot;: sign in once with `nightbridge-cli carelink login --account %1 --%2 %3`.</source>
        <translation>CareLink account &quot;%1&quot;: sign in once with `nightbridge-cli carelink login --account %1 --%2 %3`.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Imported %1.</translation>
    </message>
    <message>
        <source>  account &quot;%1&quot; created</source>
        <translation>  account &quot;%1&quot; created</translation>
    </message>
    <message>
        <source>  secrets stored in: %1</source>
        <translation>  secrets stored in: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Now delete %1: it still holds your passwords in plain text, and Nightbridge does not need it.</source>
        <translation>Now delete %1: it still holds your passwords in plain text, and Nightbridge does not need it.</translation>
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
        <translation>Usage: nightbridge-cli import-env [FILE] [--credential-store file]

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
</translation>
    </message>
    <message>
        <source>--credential-store must be keychain or file.</source>
        <translation>--credential-store must be keychain or file.</translation>
    </message>
    <message>
        <source>Nothing was imported. Without a keychain, keep the secrets in a file instead: run again with --credential-store file (or NIGHTBRIDGE_CREDENTIAL_STORE=file); the file is readable by your user only, but not encrypted.</source>
        <translation>Nothing was imported. Without a keychain, keep the secrets in a file instead: run again with --credential-store file (or NIGHTBRIDGE_CREDENTIAL_STORE=file); the file is readable by your user only, but not encrypted.</translation>
    </message>
    <message>
        <source>  account &quot;%1&quot; updated (imported before)</source>
        <translation>  account &quot;%1&quot; updated (imported before)</translation>
    </message>
</context>
<context>
    <name>nb::cli::StatusCommand</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n min)</source>
        <translation>
            <numerusform>%1 (in %n min)</numerusform>
            <numerusform>%1 (in %n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n min ago)</source>
        <translation>
            <numerusform>%1 (%n min ago)</numerusform>
            <numerusform>%1 (%n min ago)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show each account&apos;s sync state, last reading and errors</source>
        <translation>Show each account&apos;s sync state, last reading and errors</translation>
    </message>
    <message>
        <source>  last success:  %1</source>
        <translation>  last success:  %1</translation>
    </message>
    <message>
        <source>  next run:      %1</source>
        <translation>  next run:      %1</translation>
    </message>
    <message>
        <source>  last reading:  %1 mg/dL %2 at %3</source>
        <translation>  last reading:  %1 mg/dL %2 at %3</translation>
    </message>
    <message>
        <source>, IOB %1 U</source>
        <translation>, IOB %1 U</translation>
    </message>
    <message>
        <source>  uploaded:      %1 last run, %2 in total; healed %3 last run, %4 in total</source>
        <translation>  uploaded:      %1 last run, %2 in total; healed %3 last run, %4 in total</translation>
    </message>
    <message numerus="yes">
        <source>  waiting:       %n document(s) not yet confirmed by Nightscout</source>
        <translation>
            <numerusform>  waiting:       %n document not yet confirmed by Nightscout</numerusform>
            <numerusform>  waiting:       %n documents not yet confirmed by Nightscout</numerusform>
        </translation>
    </message>
    <message>
        <source>  last error:    %1</source>
        <translation>  last error:    %1</translation>
    </message>
    <message>
        <source>No accounts are configured.</source>
        <translation>No accounts are configured.</translation>
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
        <translation>Usage: nightbridge-cli status [--json] [--account A]

Shows, for each account, whether syncing works, when it last succeeded, the last error and what to
do about it, when the next run is planned (while a daemon runs), how much was uploaded and healed,
and the latest reading with its trend and IOB, and whether the password (or CareLink sign-in) and the
Nightscout secret are stored. Reads the state file and the credential store only (no network).

Exit codes: 0 all accounts fine, 1 some account failing, needing attention or missing a secret,
3 no accounts.
</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>never synced</translation>
    </message>
    <message>
        <source>  last success:  never synced</source>
        <translation>  last success:  never synced</translation>
    </message>
    <message>
        <source>  secrets:       %1 %2, Nightscout secret %3</source>
        <translation>  secrets:       %1 %2, Nightscout secret %3</translation>
    </message>
    <message>
        <source>CareLink sign-in</source>
        <translation>CareLink sign-in</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>stored</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>MISSING</translation>
    </message>
    <message>
        <source>  to do:         %1</source>
        <translation>  to do:         %1</translation>
    </message>
    <message>
        <source>  credential store: %1</source>
        <translation>  credential store: %1</translation>
    </message>
    <message numerus="yes">
        <source>  damaged:       %n pending upload file(s) could not be read and were set aside in %1: %2. Their data is fetched again; check the disk, then delete them.</source>
        <translation>
            <numerusform>  damaged:       %n pending upload file could not be read and were set aside in %1: %2. Their data is fetched again; check the disk, then delete them.</numerusform>
            <numerusform>  damaged:       %n pending upload files could not be read and were set aside in %1: %2. Their data is fetched again; check the disk, then delete them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::cli::SyncCommand</name>
    <message>
        <source>Sync every enabled account once, or continuously (--auto-update)</source>
        <translation>Sync every enabled account once, or continuously (--auto-update)</translation>
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
        <translation>Usage: nightbridge-cli sync [--once | --auto-update] [--json] [global options]

--once (default)  one pass over the enabled accounts (--account narrows), for cron or a systemd timer
--auto-update     keep running: each account syncs when its vendor has new data (CareLink just after
                  each 5-minute reading, Tandem as often as the pump app uploads, 5-25 min), backs off
                  on errors, and waits for you when a password is refused. Stops on Ctrl-C / SIGTERM.
--json            one JSON object per account and run on standard output
--pretend         fetch and convert, print what would be uploaded, change nothing

Only one process syncs at a time (exit code 8 when another one does).
Exit codes: 0 ok, 3 configuration, 4 sign-in refused or needed, 5 unavailable (try later),
6 unexpected vendor answer, 7 local storage, 8 busy, 130 interrupted.
</translation>
    </message>
    <message>
        <source>sync takes no arguments.</source>
        <translation>sync takes no arguments.</translation>
    </message>
    <message>
        <source>--once and --auto-update exclude each other.</source>
        <translation>--once and --auto-update exclude each other.</translation>
    </message>
    <message>
        <source>DEMO MODE: simulated CareLink and Tandem data, no real vendor account is used.</source>
        <translation>DEMO MODE: simulated CareLink and Tandem data, no real vendor account is used.</translation>
    </message>
    <message>
        <source>Stopping.</source>
        <translation>Stopping.</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %n account(s) continuously; Ctrl-C stops.</source>
        <translation>
            <numerusform>Syncing %n account continuously; Ctrl-C stops.</numerusform>
            <numerusform>Syncing %n accounts continuously; Ctrl-C stops.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message numerus="yes">
        <source> (%n document(s) kept for the next attempt)</source>
        <translation>
            <numerusform> (%n document kept for the next attempt)</numerusform>
            <numerusform> (%n documents kept for the next attempt)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: would upload %3 entries, %4 treatments, %5 devicestatus, %6 profile (pretend: nothing sent)</source>
        <translation>%1 %2: would upload %3 entries, %4 treatments, %5 devicestatus, %6 profile (pretend: nothing sent)</translation>
    </message>
    <message>
        <source>%1 %2: uploaded %3</source>
        <translation>%1 %2: uploaded %3</translation>
    </message>
    <message numerus="yes">
        <source>, healed %n</source>
        <translation>
            <numerusform>, healed %n</numerusform>
            <numerusform>, healed %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n from an interrupted run</source>
        <translation>
            <numerusform>, %n from an interrupted run</numerusform>
            <numerusform>, %n from an interrupted run</numerusform>
        </translation>
    </message>
    <message>
        <source>; newest data %1</source>
        <translation>; newest data %1</translation>
    </message>
    <message>
        <source>; next run %1</source>
        <translation>; next run %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pending upload file(s) in %2 could not be read and were set aside (%3). Their data is fetched again from the vendor; check the disk, then delete those files.</source>
        <translation>
            <numerusform>%1: %n pending upload file in %2 could not be read and were set aside (%3). Their data is fetched again from the vendor; check the disk, then delete those files.</numerusform>
            <numerusform>%1: %n pending upload files in %2 could not be read and were set aside (%3). Their data is fetched again from the vendor; check the disk, then delete those files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::gui::Application</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>The settings dialog is not part of this build yet. Until it is, the settings are in %1 (or use nightbridge-cli).</source>
        <translation>The settings dialog is not part of this build yet. Until it is, the settings are in %1 (or use nightbridge-cli).</translation>
    </message>
    <message>
        <source>Backfill</source>
        <translation>Backfill</translation>
    </message>
    <message>
        <source>The backfill dialog is not part of this build yet. Until it is, use `nightbridge-cli backfill --days N`.</source>
        <translation>The backfill dialog is not part of this build yet. Until it is, use `nightbridge-cli backfill --days N`.</translation>
    </message>
    <message>
        <source>CareLink sign-in</source>
        <translation>CareLink sign-in</translation>
    </message>
    <message>
        <source>Nightbridge</source>
        <translation>Nightbridge</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Check the account&apos;s password and the Nightscout address and secret in Settings. The settings dialog is not part of this build yet; until it is, use `nightbridge-cli accounts set %1`.</source>
        <translation>Check the account&apos;s password and the Nightscout address and secret in Settings. The settings dialog is not part of this build yet; until it is, use `nightbridge-cli accounts set %1`.</translation>
    </message>
    <message>
        <source>Nightbridge received a CareLink sign-in, but no sign-in was started here or it was already completed. Use “Sign in again” in the status window to start a new one.</source>
        <translation>Nightbridge received a CareLink sign-in, but no sign-in was started here or it was already completed. Use “Sign in again” in the status window to start a new one.</translation>
    </message>
    <message>
        <source>Set up Nightbridge</source>
        <translation>Set up Nightbridge</translation>
    </message>
    <message>
        <source>The setup wizard is not part of this build. Add an account with `nightbridge-cli accounts add`.</source>
        <translation>The setup wizard is not part of this build. Add an account with `nightbridge-cli accounts add`.</translation>
    </message>
    <message>
        <source>Nightbridge started from scratch</source>
        <translation>Nightbridge started from scratch</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pending upload file(s) in %2 could not be read and were set aside (%3). Their data is fetched again from the vendor; check the disk, then delete those files.</source>
        <translation>
            <numerusform>%1: %n pending upload file in %2 could not be read and were set aside (%3). Their data is fetched again from the vendor; check the disk, then delete those files.</numerusform>
            <numerusform>%1: %n pending upload files in %2 could not be read and were set aside (%3). Their data is fetched again from the vendor; check the disk, then delete those files.</numerusform>
        </translation>
    </message>
    <message>
        <source>Diagnostics copied</source>
        <translation>Diagnostics copied</translation>
    </message>
    <message>
        <source>The diagnostics (without passwords or secrets) are on the clipboard; paste them into your message.</source>
        <translation>The diagnostics (without passwords or secrets) are on the clipboard; paste them into your message.</translation>
    </message>
</context>
<context>
    <name>nb::gui::CareLinkSignIn</name>
    <message>
        <source>Nightbridge could not open the browser for the CareLink sign-in.</source>
        <translation>Nightbridge could not open the browser for the CareLink sign-in.</translation>
    </message>
</context>
<context>
    <name>nb::ns::NsConnectionTest</name>
    <message>
        <source>The access token may not upload device status or profiles (%1).</source>
        <translation>The access token may not upload device status or profiles (%1).</translation>
    </message>
</context>
<context>
    <name>nb::setup::ConflictAnalysis</name>
    <message>
        <source>glucose readings</source>
        <translation>glucose readings</translation>
    </message>
    <message>
        <source>boluses and carbs</source>
        <translation>boluses and carbs</translation>
    </message>
    <message>
        <source>temp basals</source>
        <translation>temp basals</translation>
    </message>
    <message>
        <source>profiles</source>
        <translation>profiles</translation>
    </message>
    <message>
        <source>pump status</source>
        <translation>pump status</translation>
    </message>
    <message>
        <source>pump events</source>
        <translation>pump events</translation>
    </message>
    <message>
        <source>An unnamed uploader</source>
        <translation>An unnamed uploader</translation>
    </message>
    <message numerus="yes">
        <source>%1 already posts glucose readings to this Nightscout (%n recently). If it reads the same sensor, leave glucose readings off here, or every reading appears twice.</source>
        <translation>
            <numerusform>%1 already posts glucose readings to this Nightscout (%n recently). If it reads the same sensor, leave glucose readings off here, or every reading appears twice.</numerusform>
            <numerusform>%1 already posts glucose readings to this Nightscout (%n recently). If it reads the same sensor, leave glucose readings off here, or every reading appears twice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Boluses or carbs are also entered by hand in Nightscout (%n recently). Synced from the pump as well, they would count twice in insulin and carbs on board.</source>
        <translation>
            <numerusform>Boluses or carbs are also entered by hand in Nightscout (%n recently). Synced from the pump as well, they would count twice in insulin and carbs on board.</numerusform>
            <numerusform>Boluses or carbs are also entered by hand in Nightscout (%n recently). Synced from the pump as well, they would count twice in insulin and carbs on board.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already uploads boluses or carbs (%n recently). Upload them from one place only, or they count twice.</source>
        <translation>
            <numerusform>%1 already uploads boluses or carbs (%n recently). Upload them from one place only, or they count twice.</numerusform>
            <numerusform>%1 already uploads boluses or carbs (%n recently). Upload them from one place only, or they count twice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Temp basals are also entered by hand in Nightscout (%n recently); the pump&apos;s own would overlap them.</source>
        <translation>
            <numerusform>Temp basals are also entered by hand in Nightscout (%n recently); the pump&apos;s own would overlap them.</numerusform>
            <numerusform>Temp basals are also entered by hand in Nightscout (%n recently); the pump&apos;s own would overlap them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already uploads temp basals (%n recently). Two sources of basal make the basal graph and insulin on board wrong.</source>
        <translation>
            <numerusform>%1 already uploads temp basals (%n recently). Two sources of basal make the basal graph and insulin on board wrong.</numerusform>
            <numerusform>%1 already uploads temp basals (%n recently). Two sources of basal make the basal graph and insulin on board wrong.</numerusform>
        </translation>
    </message>
    <message>
        <source>This Nightscout has a profile made in its profile editor. Uploading the pump&apos;s profiles makes them the active profile instead.</source>
        <translation>This Nightscout has a profile made in its profile editor. Uploading the pump&apos;s profiles makes them the active profile instead.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already writes profiles (%n found). Nightbridge&apos;s profile upload would replace its active profile.</source>
        <translation>
            <numerusform>%1 already writes profiles (%n found). Nightbridge&apos;s profile upload would replace its active profile.</numerusform>
            <numerusform>%1 already writes profiles (%n found). Nightbridge&apos;s profile upload would replace its active profile.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already posts pump status (%n recently). Nightscout&apos;s pump pill then jumps between the two.</source>
        <translation>
            <numerusform>%1 already posts pump status (%n recently). Nightscout&apos;s pump pill then jumps between the two.</numerusform>
            <numerusform>%1 already posts pump status (%n recently). Nightscout&apos;s pump pill then jumps between the two.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Site, cartridge or sensor changes are also logged by hand in Nightscout (%n recently); with pump events on, they appear twice.</source>
        <translation>
            <numerusform>Site, cartridge or sensor changes are also logged by hand in Nightscout (%n recently); with pump events on, they appear twice.</numerusform>
            <numerusform>Site, cartridge or sensor changes are also logged by hand in Nightscout (%n recently); with pump events on, they appear twice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already uploads pump events such as site changes (%n recently). Upload them from one place only.</source>
        <translation>
            <numerusform>%1 already uploads pump events such as site changes (%n recently). Upload them from one place only.</numerusform>
            <numerusform>%1 already uploads pump events such as site changes (%n recently). Upload them from one place only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::setup::EnvImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 has nothing Nightbridge can use.</source>
        <translation>%1 has nothing Nightbridge can use.</translation>
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
        <translation>Temp basals and suspensions, so Nightscout shows the basal actually delivered.</translation>
    </message>
    <message>
        <source>Boluses</source>
        <translation>Boluses</translation>
    </message>
    <message>
        <source>Boluses with their carbs and blood glucose, for insulin and carbs on board.</source>
        <translation>Boluses with their carbs and blood glucose, for insulin and carbs on board.</translation>
    </message>
    <message>
        <source>Pump events</source>
        <translation>Pump events</translation>
    </message>
    <message>
        <source>Alarms, site and cartridge changes, suspend and resume, sleep and exercise.</source>
        <translation>Alarms, site and cartridge changes, suspend and resume, sleep and exercise.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <source>The pump&apos;s basal, carb ratio and correction profiles as the Nightscout profile.</source>
        <translation>The pump&apos;s basal, carb ratio and correction profiles as the Nightscout profile.</translation>
    </message>
    <message>
        <source>CGM readings</source>
        <translation>CGM readings</translation>
    </message>
    <message>
        <source>Glucose readings the pump received. Leave off if xDrip+ or Dexcom Share already uploads them.</source>
        <translation>Glucose readings the pump received. Leave off if xDrip+ or Dexcom Share already uploads them.</translation>
    </message>
    <message>
        <source>CGM alerts</source>
        <translation>CGM alerts</translation>
    </message>
    <message>
        <source>High, low and sensor alerts of the CGM as notes, with sensor sessions.</source>
        <translation>High, low and sensor alerts of the CGM as notes, with sensor sessions.</translation>
    </message>
    <message>
        <source>Pump status</source>
        <translation>Pump status</translation>
    </message>
    <message>
        <source>Battery and insulin on board for Nightscout&apos;s pump pill.</source>
        <translation>Battery and insulin on board for Nightscout&apos;s pump pill.</translation>
    </message>
    <message>
        <source>Glucose readings</source>
        <translation>Glucose readings</translation>
    </message>
    <message>
        <source>Sensor glucose every five minutes, with the trend arrow.</source>
        <translation>Sensor glucose every five minutes, with the trend arrow.</translation>
    </message>
    <message>
        <source>Pump battery, reservoir, active insulin and sensor state.</source>
        <translation>Pump battery, reservoir, active insulin and sensor state.</translation>
    </message>
    <message>
        <source>Carbs</source>
        <translation>Carbs</translation>
    </message>
    <message>
        <source>Meals entered on the pump, as carbs (CareLink keeps only a summary).</source>
        <translation>Meals entered on the pump, as carbs (CareLink keeps only a summary).</translation>
    </message>
    <message>
        <source>Meal and correction boluses, auto-corrections marked as such.</source>
        <translation>Meal and correction boluses, auto-corrections marked as such.</translation>
    </message>
    <message>
        <source>Auto basal</source>
        <translation>Auto basal</translation>
    </message>
    <message>
        <source>SmartGuard&apos;s automatic basal as five-minute temp basals.</source>
        <translation>SmartGuard&apos;s automatic basal as five-minute temp basals.</translation>
    </message>
    <message>
        <source>BG checks</source>
        <translation>BG checks</translation>
    </message>
    <message>
        <source>Finger-stick readings and calibrations.</source>
        <translation>Finger-stick readings and calibrations.</translation>
    </message>
    <message>
        <source>Suspend on low, SmartGuard mode changes and pump clock changes as notes.</source>
        <translation>Suspend on low, SmartGuard mode changes and pump clock changes as notes.</translation>
    </message>
    <message>
        <source>Unknown CareLink feature &quot;%1&quot;. Known: %2.</source>
        <translation>Unknown CareLink feature &quot;%1&quot;. Known: %2.</translation>
    </message>
</context>
<context>
    <name>nb::setup::NightscoutSite</name>
    <message>
        <source>No Nightscout site is set up yet (Nightscout page).</source>
        <translation>No Nightscout site is set up yet (Nightscout page).</translation>
    </message>
</context>
<context>
    <name>nb::tandem::TandemAuth</name>
    <message>
        <source>Sign-in to Tandem Source was cancelled.</source>
        <translation>Sign-in to Tandem Source was cancelled.</translation>
    </message>
</context>
<context>
    <name>nb::tandem::TandemClient</name>
    <message>
        <source>Tandem Source refused the request (its firewall blocked it). The vendor may have changed something; Nightbridge needs an update.</source>
        <translation>Tandem Source refused the request (its firewall blocked it). The vendor may have changed something; Nightbridge needs an update.</translation>
    </message>
</context>
<context>
    <name>nb::tandem::TandemSource</name>
    <message>
        <source>No Tandem Source %1 is stored for account &quot;%2&quot;. Add it with `nightbridge-cli accounts set %2 --email E --password`.</source>
        <translation>No Tandem Source %1 is stored for account &quot;%2&quot;. Add it with `nightbridge-cli accounts set %2 --email E --password`.</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-mail address</translation>
    </message>
    <message>
        <source>Tandem Source, pump %1 (serial ending %2)</source>
        <translation>Tandem Source, pump %1 (serial ending %2)</translation>
    </message>
    <message>
        <source>newest data %1 UTC%2</source>
        <translation>newest data %1 UTC%2</translation>
    </message>
    <message>
        <source> (more than 3 days old: is the phone app uploading?)</source>
        <translation> (more than 3 days old: is the phone app uploading?)</translation>
    </message>
    <message>
        <source>no data uploaded yet</source>
        <translation>no data uploaded yet</translation>
    </message>
</context>
<context>
    <name>nb::ui::AboutDialog</name>
    <message>
        <source>About Nightbridge</source>
        <translation>About Nightbridge</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nightbridge %1&lt;/h3&gt;&lt;p&gt;Syncs Medtronic CareLink and Tandem Source data to your own Nightscout site.&lt;/p&gt;&lt;p&gt;Nightbridge is not a medical device. Do not make treatment decisions from the data it shows.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nightbridge %1&lt;/h3&gt;&lt;p&gt;Syncs Medtronic CareLink and Tandem Source data to your own Nightscout site.&lt;/p&gt;&lt;p&gt;Nightbridge is not a medical device. Do not make treatment decisions from the data it shows.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>nb::ui::AccountEditor</name>
    <message>
        <source>Sync this account</source>
        <translation>Sync this account</translation>
    </message>
    <message>
        <source>Check Nightscout for other uploaders</source>
        <translation>Check Nightscout for other uploaders</translation>
    </message>
    <message>
        <source>The defaults are shown instead.</source>
        <translation>The defaults are shown instead.</translation>
    </message>
    <message>
        <source>What to upload</source>
        <translation>What to upload</translation>
    </message>
    <message>
        <source>Choose at least one thing to upload.</source>
        <translation>Choose at least one thing to upload.</translation>
    </message>
    <message>
        <source>Reading what your Nightscout received recently…</source>
        <translation>Reading what your Nightscout received recently…</translation>
    </message>
    <message>
        <source>No other uploader writes what this account uploads.</source>
        <translation>No other uploader writes what this account uploads.</translation>
    </message>
    <message numerus="yes">
        <source>No conflict with what this account uploads (%n note(s) about features that are off).</source>
        <translation>
            <numerusform>No conflict with what this account uploads (%n note about features that are off).</numerusform>
            <numerusform>No conflict with what this account uploads (%n notes about features that are off).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more about features that are off.)</source>
        <translation>
            <numerusform>(%n more about features that are off.)</numerusform>
            <numerusform>(%n more about features that are off.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Whose data this is, for example a child&apos;s name. Shown in the tray, the status window and notifications.</source>
        <translation>Whose data this is, for example a child&apos;s name. Shown in the tray, the status window and notifications.</translation>
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
        <translation>Synced %1</translation>
    </message>
    <message>
        <source>, next sync %1</source>
        <translation>, next sync %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>never synced</translation>
    </message>
    <message numerus="yes">
        <source>Nightscout accepted %n record(s) at %1</source>
        <translation>
            <numerusform>Nightscout accepted %n record at %1</numerusform>
            <numerusform>Nightscout accepted %n records at %1</numerusform>
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
        <translation>Add Tandem…</translation>
    </message>
    <message>
        <source>Add CareLink…</source>
        <translation>Add CareLink…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>No accounts yet. Add the Tandem Source or CareLink account whose data should go to Nightscout.</source>
        <translation>No accounts yet. Add the Tandem Source or CareLink account whose data should go to Nightscout.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Checked: synced</source>
        <translation>Checked: synced</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;: %2</source>
        <translation>Account &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;: no test sign-in succeeded.</source>
        <translation>Account &quot;%1&quot;: no test sign-in succeeded.</translation>
    </message>
</context>
<context>
    <name>nb::ui::ActivityLog</name>
    <message numerus="yes">
        <source>synced, Nightscout accepted %n record(s)</source>
        <translation>
            <numerusform>synced, Nightscout accepted %n record</numerusform>
            <numerusform>synced, Nightscout accepted %n records</numerusform>
        </translation>
    </message>
    <message>
        <source>synced, nothing new</source>
        <translation>synced, nothing new</translation>
    </message>
    <message>
        <source>Nightscout</source>
        <translation>Nightscout</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
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
        <translation>Nightbridge activity</translation>
    </message>
    <message>
        <source>Nothing has happened yet. Sync events and errors of each account appear here.</source>
        <translation>Nothing has happened yet. Sync events and errors of each account appear here.</translation>
    </message>
    <message>
        <source>Recent sync events and errors of each account since Nightbridge started. The full log files are in the log folder (“View logs…”).</source>
        <translation>Recent sync events and errors of each account since Nightbridge started. The full log files are in the log folder (“View logs…”).</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copied to the clipboard.</translation>
    </message>
</context>
<context>
    <name>nb::ui::CareLinkPanel</name>
    <message>
        <source>Sign in with browser…</source>
        <translation>Sign in with browser…</translation>
    </message>
    <message>
        <source>Use this address</source>
        <translation>Use this address</translation>
    </message>
    <message>
        <source>Choose the account&apos;s country</source>
        <translation>Choose the account&apos;s country</translation>
    </message>
    <message>
        <source>If the browser did not come back: paste the address it ended on</source>
        <translation>If the browser did not come back: paste the address it ended on</translation>
    </message>
    <message>
        <source>Care partners choose the patient to follow here after signing in.</source>
        <translation>Care partners choose the patient to follow here after signing in.</translation>
    </message>
    <message>
        <source>Use a CareLink account of its own for Nightbridge (a care partner / follower account): signing in with the same account in another app, or in a second copy of Nightbridge, ends the other session.</source>
        <translation>Use a CareLink account of its own for Nightbridge (a care partner / follower account): signing in with the same account in another app, or in a second copy of Nightbridge, ends the other session.</translation>
    </message>
    <message>
        <source>Medtronic CareLink</source>
        <translation>Medtronic CareLink</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Country:</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>Sign-in:</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Patient:</translation>
    </message>
    <message>
        <source>CareLink region: %1</source>
        <translation>CareLink region: %1</translation>
    </message>
    <message>
        <source>Not signed in yet.</source>
        <translation>Not signed in yet.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Signed in.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Not signed in.</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Sign in again…</translation>
    </message>
    <message>
        <source>Choose the country of the CareLink account.</source>
        <translation>Choose the country of the CareLink account.</translation>
    </message>
    <message>
        <source>Choose the patient to follow.</source>
        <translation>Choose the patient to follow.</translation>
    </message>
    <message>
        <source>Choose the country of the CareLink account first.</source>
        <translation>Choose the country of the CareLink account first.</translation>
    </message>
    <message>
        <source>Finding CareLink&apos;s sign-in page…</source>
        <translation>Finding CareLink&apos;s sign-in page…</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address yourself, sign in, and paste the address the browser ends on below:
%1</source>
        <translation>No browser could be opened. Open this address yourself, sign in, and paste the address the browser ends on below:
%1</translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in there with the CareLink account for Nightbridge. If the browser cannot come back to Nightbridge, paste the address it ends on (it starts with %1) below.</source>
        <translation>Waiting for the browser… Sign in there with the CareLink account for Nightbridge. If the browser cannot come back to Nightbridge, paste the address it ends on (it starts with %1) below.</translation>
    </message>
    <message>
        <source>Completing the sign-in…</source>
        <translation>Completing the sign-in…</translation>
    </message>
    <message>
        <source>That is not an address. Copy the whole address from the browser&apos;s address bar.</source>
        <translation>That is not an address. Copy the whole address from the browser&apos;s address bar.</translation>
    </message>
    <message>
        <source>Start with &quot;Sign in with browser…&quot; first: the address belongs to one sign-in.</source>
        <translation>Start with &quot;Sign in with browser…&quot; first: the address belongs to one sign-in.</translation>
    </message>
    <message>
        <source>Signed in. Reading the account…</source>
        <translation>Signed in. Reading the account…</translation>
    </message>
    <message>
        <source>Signed in, but the account details could not be read: %1</source>
        <translation>Signed in, but the account details could not be read: %1</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Signed in as %1.</translation>
    </message>
    <message>
        <source>This is a patient account: its own data is synced. A care partner (follower) account would choose the patient here.</source>
        <translation>This is a patient account: its own data is synced. A care partner (follower) account would choose the patient here.</translation>
    </message>
    <message>
        <source>No patient is linked to this care partner account yet: link one in CareLink first, then sign in again.</source>
        <translation>No patient is linked to this care partner account yet: link one in CareLink first, then sign in again.</translation>
    </message>
    <message>
        <source>Choose the patient</source>
        <translation>Choose the patient</translation>
    </message>
    <message>
        <source>One Nightbridge account follows one patient; add another CareLink account for another patient.</source>
        <translation>One Nightbridge account follows one patient; add another CareLink account for another patient.</translation>
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
        <translation> min</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>Units:</translation>
    </message>
    <message>
        <source>Urgent low below:</source>
        <translation>Urgent low below:</translation>
    </message>
    <message>
        <source>Low below:</source>
        <translation>Low below:</translation>
    </message>
    <message>
        <source>High above:</source>
        <translation>High above:</translation>
    </message>
    <message>
        <source>Urgent high above:</source>
        <translation>Urgent high above:</translation>
    </message>
    <message>
        <source>Reading is stale after:</source>
        <translation>Reading is stale after:</translation>
    </message>
    <message>
        <source>Chart shows:</source>
        <translation>Chart shows:</translation>
    </message>
    <message>
        <source>How the tray icon and the status window show glucose. Thresholds colour the reading; they do not change what is uploaded.</source>
        <translation>How the tray icon and the status window show glucose. Thresholds colour the reading; they do not change what is uploaded.</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>Urgent low must be below low.</source>
        <translation>Urgent low must be below low.</translation>
    </message>
    <message>
        <source>Low must be below high.</source>
        <translation>Low must be below high.</translation>
    </message>
    <message>
        <source>High must be below urgent high.</source>
        <translation>High must be below urgent high.</translation>
    </message>
    <message>
        <source>Tray icon shows:</source>
        <translation>Tray icon shows:</translation>
    </message>
    <message>
        <source>The first account</source>
        <translation>The first account</translation>
    </message>
</context>
<context>
    <name>nb::ui::GeneralPage</name>
    <message>
        <source>Start Nightbridge when I log in</source>
        <translation>Start Nightbridge when I log in</translation>
    </message>
    <message>
        <source>Detailed (debug) logging, for reporting a problem</source>
        <translation>Detailed (debug) logging, for reporting a problem</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Open the log folder</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Path of the tconnectsync .env file</source>
        <translation>Path of the tconnectsync .env file</translation>
    </message>
    <message>
        <source>A new language shows after Nightbridge restarts.</source>
        <translation>A new language shows after Nightbridge restarts.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Move from tconnectsync</source>
        <translation>Move from tconnectsync</translation>
    </message>
    <message>
        <source>Reads a tconnectsync .env file, creates the accounts and the Nightscout site, and moves the passwords and secrets into %1. This happens right away, not on OK.</source>
        <translation>Reads a tconnectsync .env file, creates the accounts and the Nightscout site, and moves the passwords and secrets into %1. This happens right away, not on OK.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>No file manager could open %1.</translation>
    </message>
    <message>
        <source>Choose the tconnectsync .env file</source>
        <translation>Choose the tconnectsync .env file</translation>
    </message>
    <message>
        <source>Choose the .env file to import first.</source>
        <translation>Choose the .env file to import first.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>No accounts in the file.</source>
        <translation>No accounts in the file.</translation>
    </message>
    <message>
        <source>Accounts created: %1.</source>
        <translation>Accounts created: %1.</translation>
    </message>
    <message>
        <source>Nightscout site set up.</source>
        <translation>Nightscout site set up.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) stored in %1.</source>
        <translation>
            <numerusform>%n secret stored in %1.</numerusform>
            <numerusform>%n secrets stored in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to CareLink on the Accounts page: %1.</source>
        <translation>Sign in to CareLink on the Accounts page: %1.</translation>
    </message>
    <message>
        <source>Now delete %1: it still holds your passwords in plain text, and Nightbridge does not need it.</source>
        <translation>Now delete %1: it still holds your passwords in plain text, and Nightbridge does not need it.</translation>
    </message>
    <message>
        <source>Accounts updated: %1.</source>
        <translation>Accounts updated: %1.</translation>
    </message>
</context>
<context>
    <name>nb::ui::GlucoseChart</name>
    <message numerus="yes">
        <source>No readings in the last %n hour(s)</source>
        <translation>
            <numerusform>No readings in the last %n hour</numerusform>
            <numerusform>No readings in the last %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 U</source>
        <translation>%1 U</translation>
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
        <translation>Allow plain http:// (the secret&apos;s hash then travels unencrypted)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>https://your-site.example.org</source>
        <translation>https://your-site.example.org</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API secret</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <source>The Nightscout site Nightbridge uploads to. The API secret (or token) is kept in %1, never in the settings file.</source>
        <translation>The Nightscout site Nightbridge uploads to. The API secret (or token) is kept in %1, never in the settings file.</translation>
    </message>
    <message>
        <source>Site address:</source>
        <translation>Site address:</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Sign in with:</translation>
    </message>
    <message>
        <source>Secret or token:</source>
        <translation>Secret or token:</translation>
    </message>
    <message>
        <source>Nightscout</source>
        <translation>Nightscout</translation>
    </message>
    <message>
        <source>Stored in %1. Type a new one to replace it.</source>
        <translation>Stored in %1. Type a new one to replace it.</translation>
    </message>
    <message>
        <source>Access token from Nightscout&apos;s Admin Tools</source>
        <translation>Access token from Nightscout&apos;s Admin Tools</translation>
    </message>
    <message>
        <source>API_SECRET of the site</source>
        <translation>API_SECRET of the site</translation>
    </message>
    <message>
        <source>Nightscout accepts no uploads at all while its API_SECRET is shorter than %1 characters.</source>
        <translation>Nightscout accepts no uploads at all while its API_SECRET is shorter than %1 characters.</translation>
    </message>
    <message>
        <source>Enter the address of your Nightscout site first.</source>
        <translation>Enter the address of your Nightscout site first.</translation>
    </message>
    <message>
        <source>Contacting the Nightscout site…</source>
        <translation>Contacting the Nightscout site…</translation>
    </message>
    <message>
        <source>Connected to Nightscout %1 (units: %2). Nightbridge may upload.</source>
        <translation>Connected to Nightscout %1 (units: %2). Nightbridge may upload.</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>unknown version</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>The connection test failed.</source>
        <translation>The connection test failed.</translation>
    </message>
    <message>
        <source>(Nightscout %1, units: %2.)</source>
        <translation>(Nightscout %1, units: %2.)</translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation>Show or hide the secret</translation>
    </message>
    <message>
        <source>Make a token in Nightscout&apos;s Admin Tools (your site&apos;s address followed by /admin): add a subject with a role that may create documents (for example a role with the permission api:*:create), then copy the subject&apos;s access token here.</source>
        <translation>Make a token in Nightscout&apos;s Admin Tools (your site&apos;s address followed by /admin): add a subject with a role that may create documents (for example a role with the permission api:*:create), then copy the subject&apos;s access token here.</translation>
    </message>
    <message>
        <source>The Nightscout site %1 was not reached: &quot;Test connection&quot; did not succeed.</source>
        <translation>The Nightscout site %1 was not reached: &quot;Test connection&quot; did not succeed.</translation>
    </message>
</context>
<context>
    <name>nb::ui::NotificationCenter</name>
    <message>
        <source>%1: sync is failing</source>
        <translation>%1: sync is failing</translation>
    </message>
    <message>
        <source>%1: please sign in again</source>
        <translation>%1: please sign in again</translation>
    </message>
    <message>
        <source>%1: no new data</source>
        <translation>%1: no new data</translation>
    </message>
    <message>
        <source>%1: backfill finished</source>
        <translation>%1: backfill finished</translation>
    </message>
    <message>
        <source>Nightbridge keeps trying. Open the status window for details.</source>
        <translation>Nightbridge keeps trying. Open the status window for details.</translation>
    </message>
    <message>
        <source>%1 Nightbridge keeps trying.</source>
        <translation>%1 Nightbridge keeps trying.</translation>
    </message>
    <message>
        <source>Syncing is stopped until you sign in again.</source>
        <translation>Syncing is stopped until you sign in again.</translation>
    </message>
    <message>
        <source>%1 Syncing is stopped until you sign in again.</source>
        <translation>%1 Syncing is stopped until you sign in again.</translation>
    </message>
    <message>
        <source>The service answers, but its newest data is from %1. Is the phone app still signed in and connected to the pump?</source>
        <translation>The service answers, but its newest data is from %1. Is the phone app still signed in and connected to the pump?</translation>
    </message>
    <message>
        <source>Check the Nightscout address and API secret or token in Settings.</source>
        <translation>Check the Nightscout address and API secret or token in Settings.</translation>
    </message>
    <message>
        <source>%1 Check the Nightscout settings.</source>
        <translation>%1 Check the Nightscout settings.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) uploaded to Nightscout.</source>
        <translation>
            <numerusform>%n record uploaded to Nightscout.</numerusform>
            <numerusform>%n records uploaded to Nightscout.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: Nightscout refuses the upload</source>
        <translation>%1: Nightscout refuses the upload</translation>
    </message>
    <message>
        <source>%1: low glucose %2</source>
        <translation>%1: low glucose %2</translation>
    </message>
    <message>
        <source>%1: high glucose %2</source>
        <translation>%1: high glucose %2</translation>
    </message>
    <message>
        <source>%1: URGENT LOW %2</source>
        <translation>%1: URGENT LOW %2</translation>
    </message>
    <message>
        <source>Reading from %1.</source>
        <translation>Reading from %1.</translation>
    </message>
    <message>
        <source>Repeats until you acknowledge or snooze it in the status window or the tray menu.</source>
        <translation>Repeats until you acknowledge or snooze it in the status window or the tray menu.</translation>
    </message>
    <message>
        <source>Nightbridge is not a medical device and its data can arrive late; check with a meter and follow your CGM&apos;s alarms.</source>
        <translation>Nightbridge is not a medical device and its data can arrive late; check with a meter and follow your CGM&apos;s alarms.</translation>
    </message>
</context>
<context>
    <name>nb::ui::SettingsDialog</name>
    <message>
        <source>Nightbridge Settings</source>
        <translation>Nightbridge Settings</translation>
    </message>
    <message>
        <source>The settings file was written by a newer version of Nightbridge; update Nightbridge to change settings.</source>
        <translation>The settings file was written by a newer version of Nightbridge; update Nightbridge to change settings.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Save anyway?</translation>
    </message>
    <message>
        <source>Some changes were never tested successfully:</source>
        <translation>Some changes were never tested successfully:</translation>
    </message>
    <message>
        <source>Nightbridge cannot sync until they work. Save anyway?</source>
        <translation>Nightbridge cannot sync until they work. Save anyway?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
</context>
<context>
    <name>nb::ui::StatusPopup</name>
    <message>
        <source>No account set up yet. Add one in Settings.</source>
        <translation>No account set up yet. Add one in Settings.</translation>
    </message>
    <message>
        <source>Nightbridge</source>
        <translation>Nightbridge</translation>
    </message>
    <message>
        <source>Demo data — not real readings</source>
        <translation>Demo data — not real readings</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Open Nightscout</source>
        <translation>Open Nightscout</translation>
    </message>
    <message>
        <source>No reading yet</source>
        <translation>No reading yet</translation>
    </message>
    <message>
        <source>%1 — no new reading</source>
        <translation>%1 — no new reading</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Snooze %1 min</source>
        <translation>Snooze %1 min</translation>
    </message>
    <message>
        <source>Urgent low: %1. Check now with a meter and follow your CGM&apos;s alarms.</source>
        <translation>Urgent low: %1. Check now with a meter and follow your CGM&apos;s alarms.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Last %n hour(s):</source>
        <translation>
            <numerusform>Last %n hour:</numerusform>
            <numerusform>Last %n hours:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::ui::SyncPage</name>
    <message>
        <source>Automatically, when each vendor usually has new data</source>
        <translation>Automatically, when each vendor usually has new data</translation>
    </message>
    <message>
        <source>At a fixed interval</source>
        <translation>At a fixed interval</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Show notifications</translation>
    </message>
    <message>
        <source>When syncing keeps failing for</source>
        <translation>When syncing keeps failing for</translation>
    </message>
    <message>
        <source>When an account needs to sign in again</source>
        <translation>When an account needs to sign in again</translation>
    </message>
    <message>
        <source>When a vendor has had no new data for</source>
        <translation>When a vendor has had no new data for</translation>
    </message>
    <message>
        <source>When Nightscout refuses uploads</source>
        <translation>When Nightscout refuses uploads</translation>
    </message>
    <message>
        <source>When a backfill finishes</source>
        <translation>When a backfill finishes</translation>
    </message>
    <message>
        <source>When to sync</source>
        <translation>When to sync</translation>
    </message>
    <message>
        <source>CareLink gets a reading every 5 minutes; Tandem data arrives when the phone app uploads. Automatic follows that, with fewer requests.</source>
        <translation>CareLink gets a reading every 5 minutes; Tandem data arrives when the phone app uploads. Automatic follows that, with fewer requests.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Low and high glucose alerts</source>
        <translation>Low and high glucose alerts</translation>
    </message>
    <message>
        <source>Urgent low alert, repeated until acknowledged or snoozed</source>
        <translation>Urgent low alert, repeated until acknowledged or snoozed</translation>
    </message>
    <message>
        <source>Alerts use the Display page&apos;s limits: low below %1, high above %2, urgent low below %3. Nightbridge is not a medical device and its data can arrive late (Tandem readings 30 minutes or more): keep your CGM&apos;s own alarms on.</source>
        <translation>Alerts use the Display page&apos;s limits: low below %1, high above %2, urgent low below %3. Nightbridge is not a medical device and its data can arrive late (Tandem readings 30 minutes or more): keep your CGM&apos;s own alarms on.</translation>
    </message>
</context>
<context>
    <name>nb::ui::TandemPanel</name>
    <message>
        <source>Test sign-in</source>
        <translation>Test sign-in</translation>
    </message>
    <message>
        <source>E-mail address of your Tandem Source account</source>
        <translation>E-mail address of your Tandem Source account</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Checking the credential store…</source>
        <translation>Checking the credential store…</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>United States</translation>
    </message>
    <message>
        <source>Europe and other countries</source>
        <translation>Europe and other countries</translation>
    </message>
    <message>
        <source>The pump with the newest data</source>
        <translation>The pump with the newest data</translation>
    </message>
    <message>
        <source>Serial %1</source>
        <translation>Serial %1</translation>
    </message>
    <message>
        <source>&quot;Test sign-in&quot; lists the pumps of the account.</source>
        <translation>&quot;Test sign-in&quot; lists the pumps of the account.</translation>
    </message>
    <message>
        <source>Tandem Source</source>
        <translation>Tandem Source</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Pump:</source>
        <translation>Pump:</translation>
    </message>
    <message>
        <source>Pump time zone:</source>
        <translation>Pump time zone:</translation>
    </message>
    <message>
        <source>Tandem reports times in the pump&apos;s clock; this is the zone that clock is set to.</source>
        <translation>Tandem reports times in the pump&apos;s clock; this is the zone that clock is set to.</translation>
    </message>
    <message>
        <source>Stored in %1. Type a new one to replace it.</source>
        <translation>Stored in %1. Type a new one to replace it.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, such as Europe/Berlin or America/New_York.</source>
        <translation>Choose a time zone from the list, such as Europe/Berlin or America/New_York.</translation>
    </message>
    <message>
        <source>Enter the e-mail address of the Tandem Source account.</source>
        <translation>Enter the e-mail address of the Tandem Source account.</translation>
    </message>
    <message>
        <source>Enter the Tandem Source password.</source>
        <translation>Enter the Tandem Source password.</translation>
    </message>
    <message>
        <source>Enter the e-mail address first.</source>
        <translation>Enter the e-mail address first.</translation>
    </message>
    <message>
        <source>Enter the password first.</source>
        <translation>Enter the password first.</translation>
    </message>
    <message>
        <source>Signing in to Tandem Source…</source>
        <translation>Signing in to Tandem Source…</translation>
    </message>
    <message>
        <source>Pump</source>
        <translation>Pump</translation>
    </message>
    <message>
        <source>%1, serial %2</source>
        <translation>%1, serial %2</translation>
    </message>
    <message>
        <source>never uploaded</source>
        <translation>never uploaded</translation>
    </message>
    <message>
        <source>last data %1</source>
        <translation>last data %1</translation>
    </message>
    <message numerus="yes">
        <source>(nothing for %n day(s))</source>
        <translation>
            <numerusform>(nothing for %n day)</numerusform>
            <numerusform>(nothing for %n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Serial %1 (not in this account)</source>
        <translation>Serial %1 (not in this account)</translation>
    </message>
    <message numerus="yes">
        <source>%n pump(s) sent nothing for more than %1 days: choose the one you use now.</source>
        <translation>
            <numerusform>%n pump sent nothing for more than %1 days: choose the one you use now.</numerusform>
            <numerusform>%n pumps sent nothing for more than %1 days: choose the one you use now.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chosen pump is not in this account any more.</source>
        <translation>The chosen pump is not in this account any more.</translation>
    </message>
    <message>
        <source>All pumps uploaded recently.</source>
        <translation>All pumps uploaded recently.</translation>
    </message>
    <message numerus="yes">
        <source>Signed in. %n pump(s) found.</source>
        <translation>
            <numerusform>Signed in. %n pump found.</numerusform>
            <numerusform>Signed in. %n pumps found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Show or hide the password</translation>
    </message>
</context>
<context>
    <name>nb::ui::TrayMenu</name>
    <message>
        <source>Demo data — not real readings</source>
        <translation>Demo data — not real readings</translation>
    </message>
    <message>
        <source>No reading yet</source>
        <translation>No reading yet</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>For 30 minutes</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>For 1 hour</translation>
    </message>
    <message>
        <source>Until resumed</source>
        <translation>Until resumed</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Backfill…</source>
        <translation>Backfill…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Open Nightscout</source>
        <translation>Open Nightscout</translation>
    </message>
    <message>
        <source>View logs…</source>
        <translation>View logs…</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copy diagnostics</translation>
    </message>
    <message>
        <source>About Nightbridge</source>
        <translation>About Nightbridge</translation>
    </message>
    <message>
        <source>Quit Nightbridge</source>
        <translation>Quit Nightbridge</translation>
    </message>
    <message>
        <source>Set up Nightbridge…</source>
        <translation>Set up Nightbridge…</translation>
    </message>
    <message>
        <source>Acknowledge urgent low</source>
        <translation>Acknowledge urgent low</translation>
    </message>
    <message>
        <source>Snooze urgent low</source>
        <translation>Snooze urgent low</translation>
    </message>
    <message numerus="yes">
        <source>For %n minute(s)</source>
        <translation>
            <numerusform>For %n minute</numerusform>
            <numerusform>For %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Recent readings</source>
        <translation>Recent readings</translation>
    </message>
    <message>
        <source>Activity…</source>
        <translation>Activity…</translation>
    </message>
    <message>
        <source>URGENT LOW: %1</source>
        <translation>URGENT LOW: %1</translation>
    </message>
    <message>
        <source>Recent readings (%1)</source>
        <translation>Recent readings (%1)</translation>
    </message>
</context>
</TS>
