<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AuthorizeRequest</name>
    <message>
        <source>no sign-in was started. Start the sign-in again.</source>
        <translation>non è stato avviato nessun accesso. Avvia di nuovo l&apos;accesso.</translation>
    </message>
    <message>
        <source>that is not the address CareLink sends back after signing in (it starts with %1).</source>
        <translation>questo non è l&apos;indirizzo che CareLink restituisce dopo l&apos;accesso (inizia con %1).</translation>
    </message>
    <message>
        <source>CareLink did not complete the sign-in (%1). Try again.</source>
        <translation>CareLink non ha completato l&apos;accesso (%1). Riprova.</translation>
    </message>
    <message>
        <source>this sign-in answer does not belong to the sign-in Nightbridge started. Start the sign-in again.</source>
        <translation>questa risposta di accesso non appartiene all&apos;accesso avviato da Nightbridge. Avvia di nuovo l&apos;accesso.</translation>
    </message>
    <message>
        <source>the answer carries no sign-in code. Start the sign-in again.</source>
        <translation>la risposta non contiene alcun codice di accesso. Avvia di nuovo l&apos;accesso.</translation>
    </message>
    <message>
        <source>the sign-in code has expired or was already used. Sign in again.</source>
        <translation>il codice di accesso è scaduto o è già stato usato. Accedi di nuovo.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>The autostart entry has no valid name.</source>
        <translation>La voce di avvio automatico non ha un nome valido.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Impossibile rimuovere %1.</translation>
    </message>
    <message>
        <source>The application path is unknown.</source>
        <translation>Il percorso dell&apos;applicazione è sconosciuto.</translation>
    </message>
    <message>
        <source>Cannot change the Windows start-up entry.</source>
        <translation>Impossibile modificare la voce di avvio di Windows.</translation>
    </message>
</context>
<context>
    <name>BackfillEta</name>
    <message>
        <source>less than a minute left</source>
        <translation>meno di un minuto rimanente</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>circa %n min rimanente</numerusform>
            <numerusform>circa %n min rimanenti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareLinkErrors</name>
    <message>
        <source>CareLink refused access even after renewing the sign-in. Check that the CareLink account (and its link to the patient) is still active.</source>
        <translation>CareLink ha negato l&apos;accesso anche dopo il rinnovo dell&apos;accesso. Verifica che l&apos;account CareLink (e il suo collegamento al paziente) sia ancora attivo.</translation>
    </message>
    <message>
        <source>Unknown CareLink feature &quot;%1&quot;. Known: %2.</source>
        <translation>Funzione CareLink sconosciuta «%1». Note: %2.</translation>
    </message>
    <message>
        <source>CareLink answered in a way Nightbridge does not understand (the vendor may have changed something). If this persists, look for an update of Nightbridge.</source>
        <translation>CareLink ha risposto in un modo che Nightbridge non comprende (il produttore potrebbe aver cambiato qualcosa). Se il problema persiste, cerca un aggiornamento di Nightbridge.</translation>
    </message>
    <message>
        <source>CareLink sign-in needed: sign in again in the browser. Remember that each app needs its own CareLink follower account, because signing in elsewhere ends this session.</source>
        <translation>È necessario accedere a CareLink: accedi di nuovo nel browser. Ricorda che ogni app ha bisogno di un proprio account follower CareLink, perché l&apos;accesso da un&apos;altra parte chiude questa sessione.</translation>
    </message>
    <message>
        <source>CareLink requires a newer app version (Nightbridge sent %1); update Nightbridge or raise the CareLink app version in the settings.</source>
        <translation>CareLink richiede una versione più recente dell&apos;app (Nightbridge ha inviato %1); aggiorna Nightbridge o aumenta la versione dell&apos;app CareLink nelle impostazioni.</translation>
    </message>
    <message>
        <source>CareLink sign-in failed: %1</source>
        <translation>Accesso a CareLink non riuscito: %1</translation>
    </message>
    <message>
        <source>CareLink&apos;s sign-in service blocked the request for now (HTTP %1, perhaps a firewall). Nightbridge keeps the sign-in and tries again later.</source>
        <translation>Il servizio di accesso di CareLink ha bloccato la richiesta per ora (HTTP %1, forse un firewall). Nightbridge mantiene l&apos;accesso e riproverà più tardi.</translation>
    </message>
    <message>
        <source>CareLink&apos;s sign-in service answered in a way Nightbridge does not understand (HTTP %1; the vendor may have changed something). Nightbridge keeps the sign-in and tries again later.</source>
        <translation>Il servizio di accesso di CareLink ha risposto in un modo che Nightbridge non comprende (HTTP %1; il produttore potrebbe aver cambiato qualcosa). Nightbridge mantiene l&apos;accesso e riproverà più tardi.</translation>
    </message>
    <message>
        <source>CareLink blocked the request for now (HTTP %1, perhaps a firewall). Nightbridge keeps the sign-in and tries again later.</source>
        <translation>CareLink ha bloccato la richiesta per ora (HTTP %1, forse un firewall). Nightbridge mantiene l&apos;accesso e riproverà più tardi.</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Usage: nightbridge-cli [global options] &lt;command&gt; [options]

Syncs Medtronic CareLink and Tandem Source data to Nightscout.

Commands:
</source>
        <translation>Uso: nightbridge-cli [opzioni globali] &lt;comando&gt; [opzioni]

Sincronizza i dati di Medtronic CareLink e Tandem Source con Nightscout.

Comandi:
</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run `nightbridge-cli --help` for the list.</source>
        <translation>Comando sconosciuto «%1». Esegui `nightbridge-cli --help` per l&apos;elenco.</translation>
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
Opzioni globali (in qualsiasi punto della riga):
  --config DIR     conserva impostazioni, stato, log (e il file delle credenziali opzionale) in DIR
                   (anche NIGHTBRIDGE_CONFIG_DIR; predefinito: le cartelle di configurazione e dati dell&apos;utente)
  --account A      lavora solo su questi account (ripetibile, oppure A,B)
  --features LIST  cosa caricare questa volta: nomi delle funzioni del produttore, separati da virgole o spazi
                   (--features BASAL,BOLUS oppure, come li accetta tconnectsync, --features BASAL BOLUS)
  --pretend        scarica e converti, ma non caricare nulla e non modificare lo stato
  -v, --verbose    registra anche sullo standard error (il file di log è nella cartella dati)
  --demo           il motore reale contro servizi CareLink e Tandem simulati integrati
  --help, -h       questa guida, oppure `nightbridge-cli help &lt;comando&gt;`
  --version        la versione

Anche le opzioni di tconnectsync funzionano: --auto-update (= sync --auto-update), --check-login
(= check-login), --start-date D --end-date D / --days N (= backfill), --pretend, --features.
Senza comando, queste opzioni eseguono un passaggio di sincronizzazione, come faceva tconnectsync.

Ambiente (container): NS_URL, NS_SECRET o NS_TOKEN; TCONNECT_EMAIL, TCONNECT_PASSWORD,
TCONNECT_REGION, TIMEZONE_NAME, PUMP_SERIAL_NUMBER; CARELINK_COUNTRY, CARELINK_REGION,
CARELINK_PATIENT; NIGHTBRIDGE_CONFIG_DIR, NIGHTBRIDGE_CREDENTIAL_STORE=file.

Codici di uscita: 0 ok, 1 errore, 2 uso, 3 configurazione, 4 autenticazione (accesso rifiutato o
necessario), 5 rete o server non disponibile (riprova più tardi), 6 dati inattesi (il produttore
ha cambiato qualcosa, o un file di input non valido), 7 portachiavi o archiviazione locale, 8 un altro
processo Nightbridge sta sincronizzando, 130 annullato.
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
Quando qualcosa non funziona, `nightbridge-cli doctor` controlla tutto in una volta.

Per eseguirlo regolarmente (sostituisci il percorso con quello in cui è installato nightbridge-cli):
  cron (crontab -e), ogni 5 minuti:
    */5 * * * * /usr/local/bin/nightbridge-cli sync --once &gt;/dev/null 2&gt;&amp;1
  timer utente di systemd: ~/.config/systemd/user/nightbridge.service con
    [Service]
    Type=oneshot
    ExecStart=/usr/local/bin/nightbridge-cli sync --once
  e ~/.config/systemd/user/nightbridge.timer con
    [Timer]
    OnBootSec=2min
    OnUnitActiveSec=5min
    [Install]
    WantedBy=timers.target
  poi: systemctl --user enable --now nightbridge.timer
  Utilità di pianificazione di Windows, ogni 5 minuti:
    schtasks /create /tn Nightbridge /sc minute /mo 5 /tr &quot;\&quot;C:\Program Files\Nightbridge\nightbridge-cli.exe\&quot; sync --once&quot;
</translation>
    </message>
</context>
<context>
    <name>ClockSkew</name>
    <message numerus="yes">
        <source>Your computer&apos;s clock is %n minute(s) off (ahead of %1). Set the correct date and time (automatic time); Nightbridge keeps the sign-in and tries again.</source>
        <translation>
            <numerusform>L&apos;orologio di questo computer è sbagliato di %n minuto (avanti rispetto a %1). Imposta data e ora corrette (ora automatica); Nightbridge mantiene l&apos;accesso e riprova.</numerusform>
            <numerusform>L&apos;orologio di questo computer è sbagliato di %n minuti (avanti rispetto a %1). Imposta data e ora corrette (ora automatica); Nightbridge mantiene l&apos;accesso e riprova.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your computer&apos;s clock is %n minute(s) off (behind %1). Set the correct date and time (automatic time); Nightbridge keeps the sign-in and tries again.</source>
        <translation>
            <numerusform>L&apos;orologio di questo computer è sbagliato di %n minuto (indietro rispetto a %1). Imposta data e ora corrette (ora automatica); Nightbridge mantiene l&apos;accesso e riprova.</numerusform>
            <numerusform>L&apos;orologio di questo computer è sbagliato di %n minuti (indietro rispetto a %1). Imposta data e ora corrette (ora automatica); Nightbridge mantiene l&apos;accesso e riprova.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvertCommand</name>
    <message>
        <source>Convert a saved vendor response to Nightscout JSON (offline)</source>
        <translation>Converte una risposta salvata del produttore in JSON Nightscout (offline)</translation>
    </message>
    <message>
        <source>convert needs --source and --input.</source>
        <translation>convert richiede --source e --input.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>Unknown source &quot;%1&quot;: use tandem or carelink.</source>
        <translation>Sorgente sconosciuta «%1»: usa tandem o carelink.</translation>
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
        <translation>Uso: nightbridge-cli convert --source tandem|carelink --input FILE [opzioni]

Legge una risposta salvata del produttore e stampa i documenti Nightscout che Nightbridge
caricherebbe, come {&quot;entries&quot;:[], &quot;treatments&quot;:[], &quot;devicestatus&quot;:[], &quot;profile&quot;:[]}.

Opzioni:
  --source S       tandem o carelink
  --input FILE     la risposta salvata («-» per lo standard input)
  --timezone ZONA  fuso orario IANA dell&apos;orologio del microinfusore (tandem; predefinito: quello di questo computer)
  --features LIST  funzioni da convertire, separate da virgole (predefinito: quelle della sorgente)
  --end ORA        tandem: dove termina l&apos;ultima basale, come l&apos;«adesso» di una sincronizzazione (ISO 8601;
                   predefinito: l&apos;ora del record più recente nell&apos;input)
  --compact        JSON su una riga
</translation>
    </message>
</context>
<context>
    <name>GlucoseDisplay</name>
    <message>
        <source>urgent low</source>
        <translation>molto basso</translation>
    </message>
    <message>
        <source>low</source>
        <translation>basso</translation>
    </message>
    <message>
        <source>in range</source>
        <translation>nell&apos;intervallo</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <source>urgent high</source>
        <translation>molto alto</translation>
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
        <translation>in rapido aumento</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>in aumento</translation>
    </message>
    <message>
        <source>rising slowly</source>
        <translation>in lento aumento</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>stabile</translation>
    </message>
    <message>
        <source>falling slowly</source>
        <translation>in lento calo</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>in calo</translation>
    </message>
    <message>
        <source>falling fast</source>
        <translation>in rapido calo</translation>
    </message>
    <message>
        <source>trend unknown</source>
        <translation>tendenza sconosciuta</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>proprio ora</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min fa</numerusform>
            <numerusform>%n min fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h fa</numerusform>
            <numerusform>%n h fa</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min ago</source>
        <translation>%1 h %2 min fa</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n giorno fa</numerusform>
            <numerusform>%n giorni fa</numerusform>
        </translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>non pianificata</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ora</translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>tra %n min</numerusform>
            <numerusform>tra %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation>tra %1 h %2 min</translation>
    </message>
</context>
<context>
    <name>HttpErrors</name>
    <message>
        <source>Cannot find %1&apos;s server. Check the address and your internet connection.</source>
        <translation>Impossibile trovare il server di %1. Verifica l&apos;indirizzo e la connessione a Internet.</translation>
    </message>
    <message>
        <source>%1 refused the connection. The server may be down; Nightbridge will try again.</source>
        <translation>%1 ha rifiutato la connessione. Il server potrebbe non essere attivo; Nightbridge riproverà.</translation>
    </message>
    <message>
        <source>The connection to %1 was interrupted. Nightbridge will try again.</source>
        <translation>La connessione a %1 si è interrotta. Nightbridge riproverà.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted. Check the address; if it is right, the site&apos;s certificate needs fixing.</source>
        <translation>La connessione sicura a %1 non è riuscita: il suo certificato non è attendibile. Verifica l&apos;indirizzo; se è corretto, il certificato del sito va corretto.</translation>
    </message>
    <message>
        <source>%1 reported an unknown error. Nightbridge will try again.</source>
        <translation>%1 ha segnalato un errore sconosciuto. Nightbridge riproverà.</translation>
    </message>
    <message>
        <source>%1 tried to redirect a secure connection to an insecure one. Nightbridge refused for your safety.</source>
        <translation>%1 ha tentato di reindirizzare una connessione sicura verso una non sicura. Nightbridge l&apos;ha rifiutato per la tua sicurezza.</translation>
    </message>
    <message>
        <source>%1 keeps redirecting. Check the address.</source>
        <translation>%1 continua a reindirizzare. Verifica l&apos;indirizzo.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>%1 answered in a way Nightbridge does not understand.</source>
        <translation>%1 ha risposto in un modo che Nightbridge non comprende.</translation>
    </message>
    <message>
        <source>Could not reach %1. Nightbridge will try again.</source>
        <translation>Impossibile raggiungere %1. Nightbridge riproverà.</translation>
    </message>
    <message>
        <source>%1 refused the credentials. Check them in the settings.</source>
        <translation>%1 ha rifiutato le credenziali. Verificale nelle impostazioni.</translation>
    </message>
    <message>
        <source>%1 took too long to answer. Nightbridge will try again.</source>
        <translation>%1 ha impiegato troppo tempo a rispondere. Nightbridge riproverà.</translation>
    </message>
    <message>
        <source>%1 asks Nightbridge to slow down. It will try again later.</source>
        <translation>%1 chiede a Nightbridge di rallentare. Riproverà più tardi.</translation>
    </message>
    <message>
        <source>%1 has a problem (server error %2). Nightbridge will try again.</source>
        <translation>%1 ha un problema (errore del server %2). Nightbridge riproverà.</translation>
    </message>
    <message>
        <source>%1 does not know this address (404). Check the URL in the settings.</source>
        <translation>%1 non conosce questo indirizzo (404). Verifica l&apos;URL nelle impostazioni.</translation>
    </message>
    <message>
        <source>%1 refused the upload as too large.</source>
        <translation>%1 ha rifiutato il caricamento perché troppo grande.</translation>
    </message>
    <message>
        <source>%1 rejected a request (HTTP %2). This may mean the service changed; see the log for details.</source>
        <translation>%1 ha respinto una richiesta (HTTP %2). Il servizio potrebbe essere cambiato; consulta il log per i dettagli.</translation>
    </message>
    <message>
        <source>%1 answered unexpectedly (HTTP %2).</source>
        <translation>%1 ha risposto in modo inatteso (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Nightbridge will try again.</source>
        <translation>%1 non ha risposto in tempo. Nightbridge riproverà.</translation>
    </message>
    <message>
        <source>Cannot find %1&apos;s server. Check your internet connection.</source>
        <translation>Impossibile trovare il server di %1. Controlla la connessione a Internet.</translation>
    </message>
    <message>
        <source>%1 refused the connection. The server may be down; try again later.</source>
        <translation>%1 ha rifiutato la connessione. Il server potrebbe essere non disponibile; riprova più tardi.</translation>
    </message>
    <message>
        <source>The connection to %1 was interrupted. Try again.</source>
        <translation>La connessione a %1 è stata interrotta. Riprova.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted. A proxy or filter on your network may be in the way.</source>
        <translation>La connessione sicura a %1 non è riuscita: il suo certificato non è attendibile. Un proxy o un filtro della tua rete potrebbe essere d’intralcio.</translation>
    </message>
    <message>
        <source>%1 reported an unknown error. Try again later.</source>
        <translation>%1 ha segnalato un errore sconosciuto. Riprova più tardi.</translation>
    </message>
    <message>
        <source>%1 keeps redirecting.</source>
        <translation>%1 continua a reindirizzare.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check your internet connection and try again.</source>
        <translation>Impossibile raggiungere %1. Controlla la connessione a Internet e riprova.</translation>
    </message>
    <message>
        <source>%1 took too long to answer. Try again later.</source>
        <translation>%1 ha impiegato troppo tempo a rispondere. Riprova più tardi.</translation>
    </message>
    <message>
        <source>%1 asks Nightbridge to slow down. Wait a few minutes before testing again.</source>
        <translation>%1 chiede a Nightbridge di rallentare. Attendi qualche minuto prima di verificare di nuovo.</translation>
    </message>
    <message>
        <source>%1 has a problem (server error %2). Try again later.</source>
        <translation>%1 ha un problema (errore del server %2). Riprova più tardi.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Try again later.</source>
        <translation>%1 non ha risposto in tempo. Riprova più tardi.</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2 MB. Nightbridge stopped reading it; the server or something between you and it is misbehaving.</source>
        <translation>%1 ha inviato una risposta più grande di %2 MB. Nightbridge ha smesso di leggerla; il server o qualcosa tra te e il server non funziona correttamente.</translation>
    </message>
    <message>
        <source>%1 tried to send your data on to another server. Nightbridge refused.</source>
        <translation>%1 ha tentato di inoltrare i tuoi dati a un altro server. Nightbridge ha rifiutato.</translation>
    </message>
</context>
<context>
    <name>NightscoutCommand</name>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Test the Nightscout connection, or upload a JSON file to it</source>
        <translation>Verifica la connessione a Nightscout o carica un file JSON</translation>
    </message>
    <message>
        <source>--batch-size needs a positive number.</source>
        <translation>--batch-size richiede un numero positivo.</translation>
    </message>
    <message>
        <source>No Nightscout address: use --url or set NS_URL.</source>
        <translation>Nessun indirizzo Nightscout: usa --url o imposta NS_URL.</translation>
    </message>
    <message>
        <source>Cannot read the secret file: %1</source>
        <translation>Impossibile leggere il file del secret: %1</translation>
    </message>
    <message>
        <source>Site:              %1</source>
        <translation>Sito:                %1</translation>
    </message>
    <message>
        <source>Nightscout:        %1</source>
        <translation>Nightscout:          %1</translation>
    </message>
    <message>
        <source>Units:             %1</source>
        <translation>Unità:               %1</translation>
    </message>
    <message>
        <source>API enabled:       %1</source>
        <translation>API attiva:          %1</translation>
    </message>
    <message>
        <source>Careportal:        %1</source>
        <translation>Careportal:          %1</translation>
    </message>
    <message>
        <source>Write permission:  %1</source>
        <translation>Permesso di scrittura: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avviso: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>Connection OK.</source>
        <translation>Connessione riuscita.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>il file deve contenere un solo oggetto JSON</translation>
    </message>
    <message>
        <source>unexpected structure</source>
        <translation>struttura inattesa</translation>
    </message>
    <message>
        <source>%1 is not a Nightscout batch: %2</source>
        <translation>%1 non è un lotto Nightscout: %2</translation>
    </message>
    <message>
        <source>Upload failed: %1</source>
        <translation>Caricamento non riuscito: %1</translation>
    </message>
    <message>
        <source>Uploaded %1 documents (%2 unchanged, %3 left to other uploaders, %4 refused) in %5 requests.</source>
        <translation>Caricati %1 documenti (%2 invariati, %3 lasciati ad altri uploader, %4 rifiutati) in %5 richieste.</translation>
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
        <translation>Uso:
  nightbridge-cli nightscout check [opzioni]
  nightbridge-cli nightscout upload FILE [--pretend] [opzioni]

check   Si connette al sito e stampa la versione, le unità e se Nightbridge può caricare dati,
        oppure cosa non va (secret errato, sito in sola lettura, https obbligatorio, non è Nightscout, ...).
upload  Carica FILE (&quot;-&quot;: input standard), {&quot;entries&quot;:[], &quot;treatments&quot;:[], &quot;devicestatus&quot;:[],
        &quot;profile&quot;:[]} come stampato da `nightbridge-cli convert`, o qualsiasi documento Nightscout valido in
        quella forma: un documento senza identifier ne riceve uno stabile ricavato da raccolta e ora, così
        caricare due volte lo stesso file salva tutto una sola volta. I documenti non validi vengono elencati
        e fanno terminare il comando con il codice 6 (quelli validi vengono caricati). --pretend mostra le
        richieste che verrebbero fatte, senza alcun accesso alla rete.

Opzioni:
  --url URL           il sito (altrimenti NS_URL, altrimenti il sito configurato con il suo secret salvato)
  --account A         check: il sito dell&apos;account A (il suo, altrimenti quello condiviso)
  --secret-file FILE  file con l&apos;API secret (altrimenti NS_SECRET)
  --token-file FILE   file con un token di accesso (&quot;-&quot;: standard input; altrimenti NS_TOKEN)
  --allow-http        consenti http:// semplice verso un indirizzo non locale (il secret viaggia in chiaro)
  --settings FILE     leggi URL, allow-http e dimensione dei lotti da questo file di impostazioni
  --batch-size N      documenti per richiesta di caricamento (predefinito 500)
  --json              output leggibile da una macchina
  --verbose           registra l&apos;avanzamento sullo standard error

Codici di uscita: 0 ok, 2 uso, 3 configurazione (indirizzo, sito in sola lettura, file di input),
4 secret o token rifiutato / nessun permesso, 5 sito irraggiungibile o in errore (riprova più tardi),
6 risposta inattesa o file di input non valido, 130 annullato.
</translation>
    </message>
    <message>
        <source>--token is no longer accepted: a command line is visible to other users of this computer. Put the token in a file and use --token-file FILE, pipe it in with --token-file -, or set NS_TOKEN.</source>
        <translation>--token non è più accettato: una riga di comando è visibile agli altri utenti di questo computer. Metti il token in un file e usa --token-file FILE, passalo dallo standard input con --token-file - oppure imposta NS_TOKEN.</translation>
    </message>
    <message>
        <source>Invalid document %1[%2]: %3</source>
        <translation>Documento non valido %1[%2]: %3</translation>
    </message>
</context>
<context>
    <name>NsAuthStatus</name>
    <message>
        <source>Nightscout answered in a way Nightbridge does not understand when checking the API secret or token (the server may have changed something).</source>
        <translation>Nightscout ha risposto in un modo che Nightbridge non comprende durante la verifica dell&apos;API secret o del token (il server potrebbe aver cambiato qualcosa).</translation>
    </message>
</context>
<context>
    <name>NsErrors</name>
    <message>
        <source>No Nightscout API secret or access token is set. Enter one so Nightbridge can upload.</source>
        <translation>Non è impostato alcun API secret né token di accesso Nightscout. Inseriscine uno affinché Nightbridge possa caricare i dati.</translation>
    </message>
    <message>
        <source>Nightscout did not accept the API secret. Enter the API_SECRET exactly as it is set on your site (Nightscout waits a few seconds after every wrong attempt).</source>
        <translation>Nightscout non ha accettato l&apos;API secret. Inserisci l&apos;API_SECRET esattamente come è impostato sul tuo sito (Nightscout attende qualche secondo dopo ogni tentativo errato).</translation>
    </message>
    <message>
        <source>Nightscout did not accept the access token. Copy the token again from the site&apos;s Admin Tools (Subjects).</source>
        <translation>Nightscout non ha accettato il token di accesso. Copia di nuovo il token dagli strumenti di amministrazione del sito (Subjects).</translation>
    </message>
    <message>
        <source>The access token may read but not upload. In the site&apos;s Admin Tools give its subject the &quot;admin&quot; role or a role that allows creating entries and treatments, or use the API secret.</source>
        <translation>Il token di accesso può leggere ma non caricare. Negli strumenti di amministrazione del sito assegna al suo soggetto il ruolo «admin» o un ruolo che consenta di creare voci e trattamenti, oppure usa l&apos;API secret.</translation>
    </message>
    <message>
        <source>Your Nightscout site is read-only: its API_SECRET is missing or shorter than %1 characters, so it accepts no uploads. Set an API_SECRET of at least %1 characters in the site&apos;s settings and restart it.</source>
        <translation>Il tuo sito Nightscout è in sola lettura: il suo API_SECRET manca o è più corto di %1 caratteri, quindi non accetta caricamenti. Imposta un API_SECRET di almeno %1 caratteri nelle impostazioni del sito e riavvialo.</translation>
    </message>
    <message>
        <source>The API secret entered in Nightbridge is also too short.</source>
        <translation>Anche l&apos;API secret inserito in Nightbridge è troppo corto.</translation>
    </message>
    <message>
        <source>Your Nightscout site does not accept treatments: enable the &quot;careportal&quot; feature (ENABLE setting) and restart it.</source>
        <translation>Il tuo sito Nightscout non accetta trattamenti: attiva la funzione «careportal» (impostazione ENABLE) e riavvialo.</translation>
    </message>
    <message>
        <source>Your Nightscout site only works over https. Change the address to %1.</source>
        <translation>Il tuo sito Nightscout funziona solo tramite https. Cambia l&apos;indirizzo in %1.</translation>
    </message>
    <message>
        <source>The Nightscout address %1 redirects to %2. Check the address in the settings.</source>
        <translation>L&apos;indirizzo Nightscout %1 reindirizza a %2. Verifica l&apos;indirizzo nelle impostazioni.</translation>
    </message>
    <message>
        <source>No Nightscout site answered at %1. Check the address.</source>
        <translation>Nessun sito Nightscout ha risposto a %1. Verifica l&apos;indirizzo.</translation>
    </message>
    <message>
        <source>Nightscout answered in a way Nightbridge does not understand (the server may have changed something).</source>
        <translation>Nightscout ha risposto in un modo che Nightbridge non comprende (il server potrebbe aver cambiato qualcosa).</translation>
    </message>
    <message>
        <source>A %1 document is too large for Nightscout to accept.</source>
        <translation>Un documento %1 è troppo grande perché Nightscout lo accetti.</translation>
    </message>
    <message>
        <source>Nightbridge refused to upload a %1 document it did not create itself.</source>
        <translation>Nightbridge si è rifiutato di caricare un documento %1 che non ha creato lui stesso.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>Your Nightscout site does not accept this upload (404): it may be read-only (API_SECRET shorter than %1 characters) or have the careportal feature off.</source>
        <translation>Il tuo sito Nightscout non accetta questo caricamento (404): potrebbe essere in sola lettura (API_SECRET più corto di %1 caratteri) o avere la funzione careportal disattivata.</translation>
    </message>
</context>
<context>
    <name>NsJwt</name>
    <message>
        <source>Nightscout answered in a way Nightbridge does not understand when asked for an access token (the server may have changed something).</source>
        <translation>Nightscout ha risposto in un modo che Nightbridge non comprende alla richiesta di un token di accesso (il server potrebbe aver cambiato qualcosa).</translation>
    </message>
</context>
<context>
    <name>NsServerStatus</name>
    <message>
        <source>The site did not answer like a Nightscout site. Check the address.</source>
        <translation>Il sito non ha risposto come un sito Nightscout. Verifica l&apos;indirizzo.</translation>
    </message>
</context>
<context>
    <name>NsUrl</name>
    <message>
        <source>Enter the address of your Nightscout site, e.g. https://example.herokuapp.com.</source>
        <translation>Inserisci l&apos;indirizzo del tuo sito Nightscout, ad es. https://example.herokuapp.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid web address. Enter the address of your Nightscout site, e.g. https://example.herokuapp.com.</source>
        <translation>«%1» non è un indirizzo web valido. Inserisci l&apos;indirizzo del tuo sito Nightscout, ad es. https://example.herokuapp.com.</translation>
    </message>
    <message>
        <source>The Nightscout address must start with https://.</source>
        <translation>L&apos;indirizzo Nightscout deve iniziare con https://.</translation>
    </message>
    <message>
        <source>The Nightscout address contains a user name or secret. Enter only the site address here and put the API secret or token in its own field.</source>
        <translation>L&apos;indirizzo Nightscout contiene un nome utente o un secret. Inserisci qui solo l&apos;indirizzo del sito e metti l&apos;API secret o il token nel campo apposito.</translation>
    </message>
    <message>
        <source>The Nightscout address contains extra parts after &quot;?&quot; or &quot;#&quot;. Enter only the site address here and put an access token in the token field.</source>
        <translation>L&apos;indirizzo Nightscout contiene parti aggiuntive dopo «?» o «#». Inserisci qui solo l&apos;indirizzo del sito e metti il token di accesso nel campo del token.</translation>
    </message>
    <message>
        <source>The Nightscout address uses http://, so your API secret would travel unencrypted. Use the https:// address of your site (or explicitly allow plain HTTP in the settings if this is a private network).</source>
        <translation>L&apos;indirizzo Nightscout usa http://, quindi il tuo API secret viaggerebbe non cifrato. Usa l&apos;indirizzo https:// del tuo sito (oppure consenti esplicitamente l&apos;HTTP semplice nelle impostazioni se si tratta di una rete privata).</translation>
    </message>
</context>
<context>
    <name>RevealButton</name>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Nascondi</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>No reading yet</source>
        <translation>Ancora nessuna lettura</translation>
    </message>
    <message>
        <source>%1 (old)</source>
        <translation>%1 (vecchia)</translation>
    </message>
    <message>
        <source>Nightbridge (demo data, not real readings)</source>
        <translation>Nightbridge (dati dimostrativi, non letture reali)</translation>
    </message>
    <message>
        <source>Nightbridge</source>
        <translation>Nightbridge</translation>
    </message>
    <message>
        <source>paused, resumes %1</source>
        <translation>in pausa, riprende %1</translation>
    </message>
    <message>
        <source>, synced %1</source>
        <translation>, sincronizzato %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Stato: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Ultima sincronizzazione: %1</translation>
    </message>
    <message>
        <source>Next sync: %1</source>
        <translation>Prossima sincronizzazione: %1</translation>
    </message>
    <message>
        <source>Newest data: %1</source>
        <translation>Dati più recenti: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Ultimo errore: %1</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Accedi di nuovo…</translation>
    </message>
    <message>
        <source>Check password…</source>
        <translation>Verifica la password…</translation>
    </message>
    <message>
        <source>Open settings…</source>
        <translation>Apri le impostazioni…</translation>
    </message>
    <message>
        <source>IOB %1 U</source>
        <translation>IOB %1 U</translation>
    </message>
    <message>
        <source>Reservoir %1 U</source>
        <translation>Serbatoio %1 U</translation>
    </message>
    <message>
        <source>Pump battery %1 %</source>
        <translation>Batteria del microinfusore %1 %</translation>
    </message>
    <message>
        <source>Phone battery %1 %</source>
        <translation>Batteria del telefono %1 %</translation>
    </message>
    <message>
        <source>waiting for the first sync</source>
        <translation>in attesa della prima sincronizzazione</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 % in range · %2 % low · %3 % high · average %4</source>
        <translation>%1 % nel range · %2 % basso · %3 % alto · media %4</translation>
    </message>
    <message>
        <source>Tandem readings arrive 30 minutes or more late.</source>
        <translation>I valori Tandem arrivano con 30 minuti o più di ritardo.</translation>
    </message>
    <message>
        <source>No account yet: add an account to sync</source>
        <translation>Nessun account: aggiungi un account per sincronizzare</translation>
    </message>
    <message>
        <source>DEMO — not real readings</source>
        <translation>DEMO — non letture reali</translation>
    </message>
    <message>
        <source>, never synced</source>
        <translation>, mai sincronizzato</translation>
    </message>
</context>
<context>
    <name>SyncHealthSummary</name>
    <message>
        <source>no account set up</source>
        <translation>nessun account configurato</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>aggiornato</translation>
    </message>
    <message>
        <source>syncing</source>
        <translation>sincronizzazione in corso</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>nuovo tentativo</translation>
    </message>
    <message>
        <source>needs your attention</source>
        <translation>richiede la tua attenzione</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>in pausa</translation>
    </message>
    <message>
        <source>off</source>
        <translation>disattivato</translation>
    </message>
</context>
<context>
    <name>TandemErrors</name>
    <message>
        <source>Tandem Source data that Nightbridge does not understand (the vendor may have changed something): %1: %2. Nothing from it was uploaded.</source>
        <translation>Dati di Tandem Source che Nightbridge non comprende (il produttore potrebbe aver cambiato qualcosa): %1: %2. Non è stato caricato nulla di questi dati.</translation>
    </message>
    <message>
        <source>Tandem Source answered in a way Nightbridge does not understand (the vendor may have changed something).</source>
        <translation>Tandem Source ha risposto in un modo che Nightbridge non comprende (il produttore potrebbe aver cambiato qualcosa).</translation>
    </message>
    <message>
        <source>Tandem Source did not accept the e-mail address and password. Check them in the account settings.</source>
        <translation>Tandem Source non ha accettato l&apos;indirizzo e-mail e la password. Verificali nelle impostazioni dell&apos;account.</translation>
    </message>
    <message numerus="yes">
        <source>Sign-in to Tandem Source failed %n time(s) in a row, so Nightbridge stopped trying to protect your account from being locked. Check your e-mail and password, then save them again.</source>
        <translation>
            <numerusform>L&apos;accesso a Tandem Source non è riuscito %n volta di seguito, quindi Nightbridge ha smesso di provare per evitare il blocco del tuo account. Verifica e-mail e password, poi salvale di nuovo.</numerusform>
            <numerusform>L&apos;accesso a Tandem Source non è riuscito %n volte di seguito, quindi Nightbridge ha smesso di provare per evitare il blocco del tuo account. Verifica e-mail e password, poi salvale di nuovo.</numerusform>
        </translation>
    </message>
    <message>
        <source>This Tandem Source account has no pump with uploaded data yet. Upload from the pump (t:slim X2 or Mobi app) first.</source>
        <translation>Questo account Tandem Source non ha ancora un microinfusore con dati caricati. Carica prima i dati dal microinfusore (t:slim X2 o app Mobi).</translation>
    </message>
    <message>
        <source>No pump with serial number %1 in this Tandem Source account. Check the serial number in the account settings, or leave it empty to use the most recent pump.</source>
        <translation>In questo account Tandem Source non c&apos;è alcun microinfusore con numero di serie %1. Verifica il numero di serie nelle impostazioni dell&apos;account, oppure lascialo vuoto per usare il microinfusore più recente.</translation>
    </message>
    <message>
        <source>The Tandem Source settings are not valid: %1.</source>
        <translation>Le impostazioni di Tandem Source non sono valide: %1.</translation>
    </message>
    <message>
        <source>Tandem Source sign-in returned an identity token that Nightbridge could not verify. Try again later; if it persists, the vendor may have changed something.</source>
        <translation>L&apos;accesso a Tandem Source ha restituito un token di identità che Nightbridge non è riuscito a verificare. Riprova più tardi; se il problema persiste, il produttore potrebbe aver cambiato qualcosa.</translation>
    </message>
    <message>
        <source>Tandem Source blocked the sign-in for now (HTTP %1, perhaps a firewall). This is not a wrong password; Nightbridge tries again later.</source>
        <translation>Tandem Source ha bloccato l&apos;accesso per ora (HTTP %1, forse un firewall). Non è una password sbagliata; Nightbridge riproverà più tardi.</translation>
    </message>
    <message>
        <source>Tandem Source answered the sign-in in a way Nightbridge does not understand (HTTP %1; the vendor may have changed something). This is not a wrong password; Nightbridge tries again later.</source>
        <translation>Tandem Source ha risposto all&apos;accesso in un modo che Nightbridge non comprende (HTTP %1; il produttore potrebbe aver cambiato qualcosa). Non è una password sbagliata; Nightbridge riproverà più tardi.</translation>
    </message>
</context>
<context>
    <name>TreatmentMapper</name>
    <message>
        <source>SmartGuard auto correction</source>
        <translation>Correzione automatica SmartGuard</translation>
    </message>
    <message>
        <source>SmartGuard auto basal %1 U</source>
        <translation>Basale automatica SmartGuard %1 U</translation>
    </message>
    <message>
        <source>Sensor calibration</source>
        <translation>Calibrazione del sensore</translation>
    </message>
    <message>
        <source>SmartGuard suspended insulin for low glucose</source>
        <translation>SmartGuard ha sospeso l&apos;insulina per glucosio basso</translation>
    </message>
    <message>
        <source>SmartGuard mode changed</source>
        <translation>Modalità SmartGuard cambiata</translation>
    </message>
    <message>
        <source>SmartGuard on</source>
        <translation>SmartGuard attivo</translation>
    </message>
    <message>
        <source>SmartGuard off</source>
        <translation>SmartGuard disattivato</translation>
    </message>
    <message>
        <source>Pump clock changed</source>
        <translation>Orologio del microinfusore modificato</translation>
    </message>
</context>
<context>
    <name>UrlSchemeRegistration</name>
    <message>
        <source>The application path is unknown.</source>
        <translation>Il percorso dell&apos;applicazione è sconosciuto.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Cannot register Nightbridge for the CareLink sign-in.</source>
        <translation>Impossibile registrare Nightbridge per l&apos;accesso a CareLink.</translation>
    </message>
    <message>
        <source>This registration is for Windows only.</source>
        <translation>Questa registrazione è solo per Windows.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Quit after SECONDS (smoke tests).</source>
        <translation>Esci dopo SECONDI secondi (smoke test).</translation>
    </message>
    <message>
        <source>Syncs CareLink and Tandem Source data to Nightscout from the system tray.</source>
        <translation>Sincronizza i dati di CareLink e Tandem Source con Nightscout dall&apos;area di notifica.</translation>
    </message>
    <message>
        <source>A CareLink sign-in address handed over by the browser.</source>
        <translation>Un indirizzo di accesso CareLink passato dal browser.</translation>
    </message>
    <message>
        <source>Run the demo (simulated CareLink and Tandem data) even when accounts are configured.</source>
        <translation>Avvia la demo (dati CareLink e Tandem simulati) anche quando ci sono account configurati.</translation>
    </message>
    <message>
        <source>Keep settings, state and logs in DIR.</source>
        <translation>Conserva impostazioni, stato e log in DIR.</translation>
    </message>
    <message>
        <source>Log at debug level (the log file and stderr).</source>
        <translation>Registra a livello di debug (file di log e standard error).</translation>
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
        <translation>«%1» non è un ID account valido (lettere minuscole, cifre, - e _).</translation>
    </message>
    <message>
        <source>Accounts have no setting &quot;%1&quot;. Known: %2.</source>
        <translation>Gli account non hanno l&apos;impostazione «%1». Note: %2.</translation>
    </message>
    <message>
        <source>Accounts from the environment are not saved.</source>
        <translation>Gli account provenienti dall&apos;ambiente non vengono salvati.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>Non esiste alcun account «%1».</translation>
    </message>
</context>
<context>
    <name>nb::BackfillAccountPage</name>
    <message>
        <source>Which account?</source>
        <translation>Quale account?</translation>
    </message>
    <message>
        <source>A backfill fetches a past range from the vendor and uploads what Nightscout is missing. Documents already on your site are left as they are.</source>
        <translation>Il recupero dello storico scarica un periodo passato dal produttore e carica ciò che manca in Nightscout. I documenti già presenti sul tuo sito restano come sono.</translation>
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
        <translation>Non c&apos;è ancora nessun account. Aggiungine prima uno nelle impostazioni.</translation>
    </message>
    <message>
        <source>An earlier backfill of this account was interrupted (%1 to %2, %3 of %4 parts done). You can continue it on the next page.</source>
        <translation>Un recupero precedente di questo account è stato interrotto (da %1 a %2, %3 parti su %4 completate). Puoi continuarlo nella pagina successiva.</translation>
    </message>
</context>
<context>
    <name>nb::BackfillFeaturesPage</name>
    <message>
        <source>What to fill?</source>
        <translation>Cosa completare?</translation>
    </message>
    <message>
        <source>The account&apos;s own choices are preset. Changes here apply to this backfill only.</source>
        <translation>Le scelte dell&apos;account sono preimpostate. Le modifiche qui valgono solo per questo recupero.</translation>
    </message>
    <message>
        <source>Choose at least one kind of data.</source>
        <translation>Scegli almeno un tipo di dati.</translation>
    </message>
</context>
<context>
    <name>nb::BackfillJob</name>
    <message>
        <source>There is no interrupted backfill to resume.</source>
        <translation>Non c&apos;è alcun recupero dello storico interrotto da riprendere.</translation>
    </message>
    <message>
        <source>Nothing of the requested range is left to fetch.</source>
        <translation>Non resta nulla da scaricare nel periodo richiesto.</translation>
    </message>
    <message>
        <source>The backfill was cancelled. Run it again to continue where it stopped.</source>
        <translation>Il recupero dello storico è stato annullato. Eseguilo di nuovo per continuare da dove si è fermato.</translation>
    </message>
</context>
<context>
    <name>nb::BackfillPlanner</name>
    <message numerus="yes">
        <source>This source keeps only the last %n hour(s) of data: older readings cannot be fetched from it any more. Backfilling from %1 instead.</source>
        <translation>
            <numerusform>Questa sorgente conserva solo i dati dell&apos;ultima %n ora: le letture precedenti non si possono più scaricare. Il recupero parte invece da %1.</numerusform>
            <numerusform>Questa sorgente conserva solo i dati delle ultime %n ore: le letture precedenti non si possono più scaricare. Il recupero parte invece da %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::BackfillPreviewPage</name>
    <message>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>Nightbridge fetched the range and compared it with your Nightscout site. Nothing has been uploaded yet.</source>
        <translation>Nightbridge ha scaricato il periodo e lo ha confrontato con il tuo sito Nightscout. Non è ancora stato caricato nulla.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Missing on the site</source>
        <translation>Mancanti sul sito</translation>
    </message>
    <message>
        <source>Different on the site</source>
        <translation>Diversi sul sito</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>On the site</source>
        <translation>Sul sito</translation>
    </message>
    <message>
        <source>Fetching the range from the vendor and comparing it with Nightscout…</source>
        <translation>Download del periodo dal produttore e confronto con Nightscout…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) found so far.</source>
        <translation>
            <numerusform>%n documento trovato finora.</numerusform>
            <numerusform>%n documenti trovati finora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nightscout already has everything in this range.</source>
        <translation>Nightscout ha già tutto ciò che riguarda questo periodo.</translation>
    </message>
    <message>
        <source>Start the backfill to upload what is missing.</source>
        <translation>Avvia il recupero per caricare ciò che manca.</translation>
    </message>
    <message>
        <source>%1 documents in the range. Nightscout already has %2; %3 are missing and %4 differ (the upload replaces those that Nightbridge wrote).</source>
        <translation>%1 documenti nel periodo. Nightscout ne ha già %2; %3 mancano e %4 sono diversi (il caricamento sostituisce quelli scritti da Nightbridge).</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>mancante</translation>
    </message>
    <message>
        <source>different</source>
        <translation>diverso</translation>
    </message>
</context>
<context>
    <name>nb::BackfillRangePage</name>
    <message>
        <source>The last</source>
        <translation>Gli ultimi</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>Which days?</source>
        <translation>Quali giorni?</translation>
    </message>
    <message>
        <source>Choose the range to fill. Days are in this computer&apos;s time zone.</source>
        <translation>Scegli il periodo da completare. I giorni seguono il fuso orario di questo computer.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message numerus="yes">
        <source>CareLink keeps only the last %n hour(s) of data. Older readings cannot be fetched from it by anyone, so the range is limited to that.</source>
        <translation>
            <numerusform>CareLink conserva solo i dati dell&apos;ultima %n ora. Nessuno può più scaricare da lì le letture precedenti, quindi il periodo è limitato a questo.</numerusform>
            <numerusform>CareLink conserva solo i dati delle ultime %n ore. Nessuno può più scaricare da lì le letture precedenti, quindi il periodo è limitato a questo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is read in windows of up to %n day(s); a long range takes several requests and can take a few minutes.</source>
        <translation>
            <numerusform>%1 viene letto in finestre di al massimo %n giorno; un periodo lungo richiede più richieste e può durare qualche minuto.</numerusform>
            <numerusform>%1 viene letto in finestre di al massimo %n giorni; un periodo lungo richiede più richieste e può durare qualche minuto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tandem Source</source>
        <translation>Tandem Source</translation>
    </message>
    <message>
        <source>The vendor</source>
        <translation>Il produttore</translation>
    </message>
    <message>
        <source>Continue the interrupted backfill (%1 to %2, %3 of %4 parts done)</source>
        <translation>Continua il recupero interrotto (da %1 a %2, %3 parti su %4 completate)</translation>
    </message>
    <message>
        <source>The start must be before the end.</source>
        <translation>L&apos;inizio deve precedere la fine.</translation>
    </message>
    <message>
        <source>Nothing of this range can be fetched.</source>
        <translation>Non si può scaricare nulla di questo periodo.</translation>
    </message>
    <message numerus="yes">
        <source>%n request window(s), from %1 to %2.</source>
        <translation>
            <numerusform>%n finestra di richiesta, dal %1 al %2.</numerusform>
            <numerusform>%n finestre di richiesta, dal %1 al %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::BackfillRunPage</name>
    <message>
        <source>Cancel backfill</source>
        <translation>Annulla il recupero</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Backfilling</source>
        <translation>Recupero in corso</translation>
    </message>
    <message>
        <source>You can cancel at any time: what was uploaded stays, and the backfill can continue later where it stopped.</source>
        <translation>Puoi annullare in qualsiasi momento: ciò che è stato caricato resta, e il recupero può continuare più tardi da dove si è fermato.</translation>
    </message>
    <message>
        <source>Found in the range:</source>
        <translation>Trovati nel periodo:</translation>
    </message>
    <message>
        <source>Uploaded:</source>
        <translation>Caricati:</translation>
    </message>
    <message>
        <source>Already in Nightscout:</source>
        <translation>Già in Nightscout:</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Avvio…</translation>
    </message>
    <message>
        <source>Continuing where the backfill stopped…</source>
        <translation>Ripresa del recupero da dove si è fermato…</translation>
    </message>
    <message>
        <source>Part %1 of %2%3</source>
        <translation>Parte %1 di %2%3</translation>
    </message>
    <message>
        <source> (continued)</source>
        <translation> (continuazione)</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fatto.</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 parts. What was uploaded stays; Resume continues where it stopped, now or later.</source>
        <translation>Annullato dopo %1 parti su %2. Ciò che è stato caricato resta; «Riprendi» continua da dove si è fermato, ora o più tardi.</translation>
    </message>
    <message>
        <source>The progress is saved; Resume continues where it stopped.</source>
        <translation>L&apos;avanzamento è salvato; «Riprendi» continua da dove si è fermato.</translation>
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
        <translation>È in corso un recupero dello storico.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; does not exist.</source>
        <translation>L&apos;account «%1» non esiste.</translation>
    </message>
    <message>
        <source>The backfill was cancelled.</source>
        <translation>Il recupero dello storico è stato annullato.</translation>
    </message>
</context>
<context>
    <name>nb::BackfillSummaryPage</name>
    <message>
        <source>Backfill finished</source>
        <translation>Recupero dello storico completato</translation>
    </message>
    <message>
        <source>%1: %2 documents in the range from %3 to %4. %5 uploaded, %6 were already in Nightscout.</source>
        <translation>%1: %2 documenti nel periodo dal %3 al %4. %5 caricati, %6 erano già in Nightscout.</translation>
    </message>
    <message>
        <source>The backfill continued an interrupted one.</source>
        <translation>Questo recupero ha continuato uno interrotto.</translation>
    </message>
</context>
<context>
    <name>nb::BackfillWizard</name>
    <message>
        <source>Backfill Nightscout</source>
        <translation>Recupero dello storico in Nightscout</translation>
    </message>
    <message>
        <source>Start backfill</source>
        <translation>Avvia il recupero</translation>
    </message>
</context>
<context>
    <name>nb::DemoMode</name>
    <message>
        <source>The demo could not start its built-in services.</source>
        <translation>La demo non è riuscita ad avviare i suoi servizi integrati.</translation>
    </message>
</context>
<context>
    <name>nb::DocumentSummary</name>
    <message>
        <source>Glucose readings</source>
        <translation>Letture del glucosio</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Trattamenti</translation>
    </message>
    <message>
        <source>Device status</source>
        <translation>Stato del dispositivo</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profili</translation>
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
        <translation>La riga %1 del file .env non è nella forma NOME=valore.</translation>
    </message>
    <message>
        <source>Line %1 of the .env file has an unclosed quote.</source>
        <translation>La riga %1 del file .env contiene delle virgolette non chiuse.</translation>
    </message>
</context>
<context>
    <name>nb::FileCredentialStore</name>
    <message>
        <source>Plain file, not encrypted (%1)</source>
        <translation>File semplice, non cifrato (%1)</translation>
    </message>
    <message>
        <source>Nightbridge cannot use its credentials file %1. Check that the file and its folder belong to you and are writable, or switch back to the system keychain.</source>
        <translation>Nightbridge non può usare il suo file delle credenziali %1. Verifica che il file e la sua cartella ti appartengano e siano scrivibili, oppure torna al portachiavi di sistema.</translation>
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
        <translation>Medtronic CareLink (MiniMed 780G e altri)</translation>
    </message>
    <message>
        <source>Your pump account</source>
        <translation>Il tuo account del microinfusore</translation>
    </message>
    <message>
        <source>Where does your data come from? You can add more accounts later in the settings.</source>
        <translation>Da dove arrivano i tuoi dati? Puoi aggiungere altri account più tardi nelle impostazioni.</translation>
    </message>
    <message>
        <source>Next is available once the sign-in worked.</source>
        <translation>«Avanti» è disponibile non appena l&apos;accesso è riuscito.</translation>
    </message>
</context>
<context>
    <name>nb::FirstRunAutostartPage</name>
    <message>
        <source>Start Nightbridge when I log in</source>
        <translation>Avvia Nightbridge all&apos;accesso</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Avvio all&apos;accesso</translation>
    </message>
    <message>
        <source>Nightbridge can only sync while it runs. Starting it at login keeps Nightscout up to date without you thinking about it.</source>
        <translation>Nightbridge può sincronizzare solo mentre è in esecuzione. Avviarlo all&apos;accesso mantiene Nightscout aggiornato senza che tu debba pensarci.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
</context>
<context>
    <name>nb::FirstRunDonePage</name>
    <message>
        <source>All set</source>
        <translation>Tutto pronto</translation>
    </message>
    <message>
        <source>Nightbridge lives in the system tray. Its icon shows your latest reading; click it for details, or open the settings from its menu.</source>
        <translation>Nightbridge si trova nell&apos;area di notifica. La sua icona mostra la tua ultima lettura; fai clic per i dettagli, oppure apri le impostazioni dal suo menu.</translation>
    </message>
    <message>
        <source>Starting the first sync…</source>
        <translation>Avvio della prima sincronizzazione…</translation>
    </message>
    <message>
        <source>Syncing %1 for the first time…</source>
        <translation>Prima sincronizzazione di %1…</translation>
    </message>
    <message>
        <source>The first sync did not work: %1</source>
        <translation>La prima sincronizzazione non è riuscita: %1</translation>
    </message>
    <message numerus="yes">
        <source>The first sync worked: %n document(s) uploaded to Nightscout.</source>
        <translation>
            <numerusform>La prima sincronizzazione è riuscita: %n documento caricato su Nightscout.</numerusform>
            <numerusform>La prima sincronizzazione è riuscita: %n documenti caricati su Nightscout.</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest reading: %1 mg/dL at %2.</source>
        <translation>Ultima lettura: %1 mg/dL alle %2.</translation>
    </message>
</context>
<context>
    <name>nb::FirstRunFeaturesPage</name>
    <message>
        <source>What to upload</source>
        <translation>Cosa caricare</translation>
    </message>
    <message>
        <source>The usual choices are preset. &quot;Check Nightscout for other uploaders&quot; warns when something else already writes the same kind of data to your site.</source>
        <translation>Le scelte abituali sono preimpostate. «Cerca altri uploader in Nightscout» avvisa quando qualcos&apos;altro scrive già lo stesso tipo di dati sul tuo sito.</translation>
    </message>
</context>
<context>
    <name>nb::FirstRunNightscoutPage</name>
    <message>
        <source>Your Nightscout site</source>
        <translation>Il tuo sito Nightscout</translation>
    </message>
    <message>
        <source>Enter the address of your site and its API secret or an access token, then test the connection.</source>
        <translation>Inserisci l&apos;indirizzo del tuo sito e il suo API secret o un token di accesso, poi verifica la connessione.</translation>
    </message>
    <message>
        <source>Next is available once the connection test passed.</source>
        <translation>«Avanti» è disponibile non appena la verifica della connessione è riuscita.</translation>
    </message>
</context>
<context>
    <name>nb::FirstRunWelcomePage</name>
    <message>
        <source>Welcome to Nightbridge</source>
        <translation>Benvenuto in Nightbridge</translation>
    </message>
    <message>
        <source>Nightbridge copies the data of your Medtronic CareLink or Tandem Source account to your Nightscout site, in the background, for as long as this computer is on.

You need the address of your Nightscout site with its API secret (or an access token), and the sign-in of your CareLink or Tandem Source account. Passwords and secrets are kept in the system&apos;s keychain, never in a file.</source>
        <translation>Nightbridge copia i dati del tuo account Medtronic CareLink o Tandem Source sul tuo sito Nightscout, in background, finché questo computer è acceso.

Ti servono l&apos;indirizzo del tuo sito Nightscout con il suo API secret (o un token di accesso) e i dati di accesso del tuo account CareLink o Tandem Source. Password e segreti sono conservati nel portachiavi di sistema, mai in un file.</translation>
    </message>
    <message>
        <source>Just looking? The demo shows Nightbridge at work with made-up data, without any account.</source>
        <translation>Vuoi solo dare un&apos;occhiata? La demo mostra Nightbridge al lavoro con dati inventati, senza alcun account.</translation>
    </message>
    <message>
        <source>Try demo mode</source>
        <translation>Prova la modalità demo</translation>
    </message>
</context>
<context>
    <name>nb::FirstRunWizard</name>
    <message>
        <source>Set up Nightbridge</source>
        <translation>Configura Nightbridge</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>Salva e avvia</translation>
    </message>
    <message>
        <source>Add an account first.</source>
        <translation>Aggiungi prima un account.</translation>
    </message>
</context>
<context>
    <name>nb::KeychainCredentialStore</name>
    <message>
        <source>macOS Keychain</source>
        <translation>Portachiavi di macOS</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Gestione credenziali di Windows</translation>
    </message>
    <message>
        <source>Secret Service (GNOME Keyring, KWallet)</source>
        <translation>Secret Service (GNOME Keyring, KWallet)</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s). If a keychain window is waiting for you, answer it; otherwise unlock the keychain or restart its service, then try again.</source>
        <translation>
            <numerusform>Il portachiavi non ha risposto entro %n secondo. Se una finestra del portachiavi è in attesa, rispondi; altrimenti sblocca il portachiavi o riavvia il suo servizio, poi riprova.</numerusform>
            <numerusform>Il portachiavi non ha risposto entro %n secondi. Se una finestra del portachiavi è in attesa, rispondi; altrimenti sblocca il portachiavi o riavvia il suo servizio, poi riprova.</numerusform>
        </translation>
    </message>
    <message>
        <source>No keychain service is running (Secret Service: GNOME Keyring or KWallet). Log in to a desktop session that provides one, or install and start gnome-keyring. On a server without a desktop you can choose the unencrypted credentials file in the settings.</source>
        <translation>Nessun servizio portachiavi è in esecuzione (Secret Service: GNOME Keyring o KWallet). Accedi a una sessione desktop che ne fornisca uno, oppure installa e avvia gnome-keyring. Su un server senza desktop puoi scegliere nelle impostazioni il file delle credenziali non cifrato.</translation>
    </message>
    <message>
        <source>The system keychain is not available. Try again after logging in again.</source>
        <translation>Il portachiavi di sistema non è disponibile. Riprova dopo aver effettuato di nuovo l&apos;accesso.</translation>
    </message>
    <message>
        <source>The keychain is locked or has no default keyring, and Nightbridge could not ask you to unlock it. Unlock it (for example with your desktop&apos;s password manager, or by logging in again) and try again.</source>
        <translation>Il portachiavi è bloccato o non ha un portachiavi predefinito, e Nightbridge non è riuscito a chiederti di sbloccarlo. Sbloccalo (ad esempio con il gestore di password del desktop, o accedendo di nuovo) e riprova.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow Nightbridge to use the keychain and try again.</source>
        <translation>L&apos;accesso al portachiavi è stato negato. Consenti a Nightbridge di usare il portachiavi e riprova.</translation>
    </message>
    <message>
        <source>The keychain could not delete the saved credential. Remove it with your keychain manager.</source>
        <translation>Il portachiavi non è riuscito a eliminare la credenziale salvata. Rimuovila con il gestore del portachiavi.</translation>
    </message>
    <message>
        <source>This system has no keychain Nightbridge can use.</source>
        <translation>Questo sistema non ha alcun portachiavi utilizzabile da Nightbridge.</translation>
    </message>
    <message>
        <source>The keychain reported an error. Make sure it is unlocked and try again; the log has details.</source>
        <translation>Il portachiavi ha segnalato un errore. Assicurati che sia sbloccato e riprova; il log contiene i dettagli.</translation>
    </message>
</context>
<context>
    <name>nb::Outbox</name>
    <message>
        <source>Nightbridge cannot keep its pending uploads in %1. Check that the disk is not full and the folder is writable.</source>
        <translation>Nightbridge non può conservare i caricamenti in sospeso in %1. Verifica che il disco non sia pieno e che la cartella sia scrivibile.</translation>
    </message>
</context>
<context>
    <name>nb::RangeReader</name>
    <message>
        <source>Comparing with the Nightscout site took too long. Nightbridge will try again later.</source>
        <translation>Il confronto con il sito Nightscout ha richiesto troppo tempo. Nightbridge riproverà più tardi.</translation>
    </message>
    <message>
        <source>The Nightscout site needs more requests than expected to list its data. Nightbridge stopped comparing with it; check that the site (and any proxy in front of it) answers queries normally.</source>
        <translation>Il sito Nightscout richiede più richieste del previsto per elencare i suoi dati. Nightbridge ha interrotto il confronto; verifica che il sito (e l&apos;eventuale proxy davanti) risponda normalmente alle query.</translation>
    </message>
    <message>
        <source>The Nightscout site ignored the time range Nightbridge asked for and sent other data (an old Nightscout version, or a proxy that drops the query). Nightbridge stopped comparing with the site; uploads are not affected.</source>
        <translation>Il sito Nightscout ha ignorato l&apos;intervallo di tempo richiesto da Nightbridge e ha inviato altri dati (una vecchia versione di Nightscout o un proxy che scarta la query). Nightbridge ha interrotto il confronto con il sito; i caricamenti non sono interessati.</translation>
    </message>
    <message>
        <source>The Nightscout site holds far more data for this time than expected. Nightbridge stopped comparing with it.</source>
        <translation>Il sito Nightscout contiene molti più dati del previsto per questo periodo. Nightbridge ha interrotto il confronto.</translation>
    </message>
</context>
<context>
    <name>nb::Runtime</name>
    <message>
        <source>Cannot create the folder %1. Check --config and the permissions.</source>
        <translation>Impossibile creare la cartella %1. Verifica --config e i permessi.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;. Accounts: %2.</source>
        <translation>Non esiste alcun account «%1». Account: %2.</translation>
    </message>
    <message>
        <source>none (see `nightbridge-cli accounts add`)</source>
        <translation>nessuno (vedi `nightbridge-cli accounts add`)</translation>
    </message>
    <message>
        <source>No Nightscout site is configured. Set it with `nightbridge-cli accounts set` / the settings (nightscout/url), or NS_URL.</source>
        <translation>Nessun sito Nightscout configurato. Impostalo con `nightbridge-cli accounts set` / le impostazioni (nightscout/url), oppure con NS_URL.</translation>
    </message>
    <message>
        <source>No Nightscout site is configured. Enter its address in Settings.</source>
        <translation>Nessun sito Nightscout configurato. Inserisci il suo indirizzo nelle impostazioni.</translation>
    </message>
    <message>
        <source>No Nightscout API secret is stored. Add it with `nightbridge-cli accounts set --nightscout-secret-file FILE`, or set NS_SECRET.</source>
        <translation>Nessun API secret Nightscout salvato. Aggiungilo con `nightbridge-cli accounts set --nightscout-secret-file FILE`, oppure imposta NS_SECRET.</translation>
    </message>
    <message>
        <source>No Nightscout API secret or token is stored. Enter it in Settings.</source>
        <translation>Nessun API secret o token Nightscout salvato. Inseriscilo nelle impostazioni.</translation>
    </message>
    <message>
        <source>Another Nightbridge process (PID %1) is syncing these accounts. Wait for it to finish, or stop it first.</source>
        <translation>Un altro processo Nightbridge (PID %1) sta sincronizzando questi account. Attendi che finisca o interrompilo prima.</translation>
    </message>
    <message>
        <source>Nightbridge cannot write in its data folder %1 (%2). Check that it belongs to you, is writable and the disk is not full.</source>
        <translation>Nightbridge non può scrivere nella sua cartella dati %1 (%2). Verifica che ti appartenga, che sia scrivibile e che il disco non sia pieno.</translation>
    </message>
</context>
<context>
    <name>nb::Settings</name>
    <message>
        <source>The settings file was written by a newer version of Nightbridge. Settings are read-only until you update Nightbridge.</source>
        <translation>Il file delle impostazioni è stato scritto da una versione più recente di Nightbridge. Le impostazioni sono in sola lettura finché non aggiorni Nightbridge.</translation>
    </message>
    <message>
        <source>Nightbridge cannot save its settings to %1. Check that the folder exists and is writable.</source>
        <translation>Nightbridge non può salvare le impostazioni in %1. Verifica che la cartella esista e sia scrivibile.</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; %2.</source>
        <translation>L&apos;impostazione «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>nb::SingleInstance</name>
    <message>
        <source>Nightbridge is already running but does not respond. Quit it and try again.</source>
        <translation>Nightbridge è già in esecuzione ma non risponde. Chiudilo e riprova.</translation>
    </message>
</context>
<context>
    <name>nb::SourceFactory</name>
    <message>
        <source>Account &quot;%1&quot;: unknown time zone &quot;%2&quot;.</source>
        <translation>Account «%1»: fuso orario sconosciuto «%2».</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;: unknown CareLink feature &quot;%2&quot;. Known: %3.</source>
        <translation>Account «%1»: funzione CareLink sconosciuta «%2». Note: %3.</translation>
    </message>
    <message>
        <source>The setting %1 must be an https address (or http to 127.0.0.1 or ::1).</source>
        <translation>L’impostazione %1 deve essere un indirizzo https (o http verso 127.0.0.1 o ::1).</translation>
    </message>
</context>
<context>
    <name>nb::StateStore</name>
    <message>
        <source>The sync state was saved by a newer version of Nightbridge. Update Nightbridge to continue syncing.</source>
        <translation>Lo stato della sincronizzazione è stato salvato da una versione più recente di Nightbridge. Aggiorna Nightbridge per continuare a sincronizzare.</translation>
    </message>
    <message>
        <source>The sync state was saved by a newer version of Nightbridge and is not overwritten.</source>
        <translation>Lo stato della sincronizzazione è stato salvato da una versione più recente di Nightbridge e non viene sovrascritto.</translation>
    </message>
    <message>
        <source>Nightbridge refused to store a secret in its state file.</source>
        <translation>Nightbridge si è rifiutato di salvare un segreto nel suo file di stato.</translation>
    </message>
    <message>
        <source>Nightbridge cannot save its sync state to %1. Check free disk space and that the folder is writable.</source>
        <translation>Nightbridge non può salvare lo stato della sincronizzazione in %1. Verifica lo spazio libero su disco e che la cartella sia scrivibile.</translation>
    </message>
    <message>
        <source>Nightbridge cannot read its sync state in %1. Check that the folder and its files belong to you and are readable.</source>
        <translation>Nightbridge non può leggere lo stato della sincronizzazione in %1. Verifica che la cartella e i suoi file ti appartengano e siano leggibili.</translation>
    </message>
    <message>
        <source>The saved sync state in %1 is damaged and cannot be set aside. Check that the folder is writable.</source>
        <translation>Lo stato della sincronizzazione salvato in %1 è danneggiato e non può essere messo da parte. Verifica che la cartella sia scrivibile.</translation>
    </message>
    <message>
        <source>The saved sync state was damaged. Nightbridge set it aside (%1) and started from scratch: each account is read again from the vendor, and documents Nightscout already has are recognised and not uploaded twice.</source>
        <translation>Lo stato della sincronizzazione salvato era danneggiato. Nightbridge lo ha messo da parte (%1) e ha ricominciato da zero: ogni account viene riletto dal produttore, e i documenti che Nightscout ha già vengono riconosciuti e non caricati due volte.</translation>
    </message>
</context>
<context>
    <name>nb::SyncEngine</name>
    <message>
        <source>A sync of this account is already running.</source>
        <translation>È già in corso una sincronizzazione di questo account.</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>La sincronizzazione è stata annullata.</translation>
    </message>
    <message>
        <source>The sign-in was refused. Check the account&apos;s password, then run check-login.</source>
        <translation>L&apos;accesso è stato rifiutato. Verifica la password dell&apos;account, poi esegui check-login.</translation>
    </message>
</context>
<context>
    <name>nb::carelink::CareLinkSource</name>
    <message numerus="yes">
        <source>This CareLink care partner account follows %n patient(s). Choose one with `nightbridge-cli accounts set %1 --patient USER` (one Nightbridge account per patient).</source>
        <translation>
            <numerusform>Questo account care partner CareLink segue %n paziente. Sceglilo con `nightbridge-cli accounts set %1 --patient UTENTE` (un account Nightbridge per paziente).</numerusform>
            <numerusform>Questo account care partner CareLink segue %n pazienti. Scegline uno con `nightbridge-cli accounts set %1 --patient UTENTE` (un account Nightbridge per paziente).</numerusform>
        </translation>
    </message>
    <message>
        <source>The CareLink patient chosen for account &quot;%1&quot; is not an active link of this care partner account.</source>
        <translation>Il paziente CareLink scelto per l&apos;account «%1» non è un collegamento attivo di questo account care partner.</translation>
    </message>
    <message numerus="yes">
        <source>CareLink care partner (%1), following %n patient(s)</source>
        <translation>
            <numerusform>Care partner CareLink (%1), segue %n paziente</numerusform>
            <numerusform>Care partner CareLink (%1), segue %n pazienti</numerusform>
        </translation>
    </message>
    <message>
        <source>CareLink patient (%1)</source>
        <translation>Paziente CareLink (%1)</translation>
    </message>
</context>
<context>
    <name>nb::cli::AccountsCommand</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 è vuoto.</translation>
    </message>
    <message>
        <source>Add, list, change or remove accounts (secrets go to the keychain)</source>
        <translation>Aggiungi, elenca, modifica o rimuovi account (i segreti vanno nel portachiavi)</translation>
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
        <translation>Uso:
  nightbridge-cli accounts list [--json]
  nightbridge-cli accounts add tandem [--email E] [--password-file F] [opzioni]
  nightbridge-cli accounts add carelink --country CC [--patient UTENTE] [opzioni]
  nightbridge-cli accounts set [ID] [campo=valore ...] [opzioni]
  nightbridge-cli accounts remove ID

Opzioni dell&apos;account (add; anche set le accetta, oppure campo=valore):
  --id ID               l&apos;ID dell&apos;account (predefinito: tandem, tandem-2, carelink, ...)
  --name TESTO          etichetta mostrata nello stato e nell&apos;area di notifica
  --region US|EU        regione Tandem; CareLink: salta la ricerca del paese
  --country CC          CareLink: paese dell&apos;account (codice ISO, ad es. US, IT)
  --timezone ZONA       Tandem: fuso orario IANA dell&apos;orologio del microinfusore (predefinito: quello di questo computer)
  --pump-serial S       Tandem: il microinfusore da sincronizzare (predefinito: quello con i dati più recenti)
  --features LIST       cosa caricare (predefinito: le impostazioni del produttore)
  --initial-days N      prima sincronizzazione: giorni di storico (1-28, predefinito 1)
  --nightscout-url URL  un sito Nightscout proprio (predefinito: il sito condiviso)
  --disabled            aggiunto, ma non sincronizzato
Segreti (salvati nell&apos;archivio delle credenziali, mai nel file delle impostazioni):
  --email E             e-mail di accesso Tandem (richiesta se manca, in un terminale)
  --password-file F     password Tandem dalla prima riga di F (altrimenti richiesta, senza eco)
  --password            richiedi la password Tandem (set)
  --patient UTENTE      care partner CareLink: il nome utente CareLink del paziente
  --nightscout-secret-file F  API secret del sito dell&apos;account, o senza ID del sito condiviso
  --nightscout-token-file F   token di accesso invece dell&apos;API secret
  --site-url URL        (set, senza ID) il sito Nightscout condiviso

Gli account CareLink accedono una volta con un browser: `nightbridge-cli carelink login --account ID`.
</translation>
    </message>
    <message>
        <source>Unknown or incomplete accounts command.</source>
        <translation>Comando accounts sconosciuto o incompleto.</translation>
    </message>
    <message>
        <source>No accounts. Add one with `nightbridge-cli accounts add tandem` or `... add carelink`, or import a tconnectsync .env with `nightbridge-cli import-env`.</source>
        <translation>Nessun account. Aggiungine uno con `nightbridge-cli accounts add tandem` o `... add carelink`, oppure importa un .env di tconnectsync con `nightbridge-cli import-env`.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>VENDOR</source>
        <translation>PRODUTTORE</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation>ATTIVO</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source> (from the environment)</source>
        <translation> (dall&apos;ambiente)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>The vendor must be tandem or carelink.</source>
        <translation>Il produttore deve essere tandem o carelink.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid account id (lower-case letters, digits, - and _).</source>
        <translation>«%1» non è un ID account valido (lettere minuscole, cifre, - e _).</translation>
    </message>
    <message>
        <source>An account &quot;%1&quot; exists already; change it with `accounts set %1`.</source>
        <translation>Esiste già un account «%1»; modificalo con `accounts set %1`.</translation>
    </message>
    <message>
        <source>A CareLink account needs --country (or --region).</source>
        <translation>Un account CareLink richiede --country (o --region).</translation>
    </message>
    <message>
        <source>Added account &quot;%1&quot; (%2).</source>
        <translation>Aggiunto l&apos;account «%1» (%2).</translation>
    </message>
    <message>
        <source>Next: sign in once with `nightbridge-cli carelink login --account %1 --%2 %3`.</source>
        <translation>Ora accedi una volta con `nightbridge-cli carelink login --account %1 --%2 %3`.</translation>
    </message>
    <message>
        <source>Check the sign-in with `nightbridge-cli check-login --account %1`.</source>
        <translation>Verifica l&apos;accesso con `nightbridge-cli check-login --account %1`.</translation>
    </message>
    <message>
        <source>--password-file needs an account id.</source>
        <translation>--password-file richiede un ID account.</translation>
    </message>
    <message>
        <source>Not on a terminal: give the Tandem e-mail with --email and the password with --password-file.</source>
        <translation>Non in un terminale: indica l&apos;e-mail Tandem con --email e la password con --password-file.</translation>
    </message>
    <message>
        <source>Tandem Source e-mail: </source>
        <translation>E-mail Tandem Source: </translation>
    </message>
    <message>
        <source>No e-mail given.</source>
        <translation>Nessuna e-mail indicata.</translation>
    </message>
    <message>
        <source>Tandem Source password (not shown): </source>
        <translation>Password Tandem Source (non visibile): </translation>
    </message>
    <message>
        <source>No password given.</source>
        <translation>Nessuna password indicata.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>Non esiste alcun account «%1».</translation>
    </message>
    <message>
        <source>The shared Nightscout site is updated.</source>
        <translation>Il sito Nightscout condiviso è aggiornato.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not field=value.</source>
        <translation>«%1» non è nella forma campo=valore.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; is updated.</source>
        <translation>L&apos;account «%1» è aggiornato.</translation>
    </message>
    <message>
        <source>Removed account &quot;%1&quot; and its stored secrets.</source>
        <translation>Rimossi l&apos;account «%1» e i suoi segreti salvati.</translation>
    </message>
</context>
<context>
    <name>nb::cli::BackfillCommand</name>
    <message>
        <source>Upload a past range (dates or last N days); resumable, with --pretend diff</source>
        <translation>Carica un periodo passato (date o ultimi N giorni); riprendibile, con confronto --pretend</translation>
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
        <translation>Uso: nightbridge-cli backfill (--start-date D --end-date D | --days N) [opzioni]

Scarica il periodo dal produttore di ogni account selezionato, lo confronta con ciò che Nightscout contiene e
carica solo ciò che manca o è diverso. Tandem Source viene letto in finestre di al massimo 28 giorni.
CareLink conserva solo le ultime 24 ore: i dati precedenti non si possono recuperare da lì (Nightbridge
lo segnala e completa ciò che resta del periodo).

  --start-date D   primo giorno (AAAA-MM-GG, ora locale) o una data e ora ISO
  --end-date D     ultimo giorno, incluso (predefinito: adesso)
  --days N         gli ultimi N giorni fino ad adesso
  --resume         riprendi il recupero interrotto di ogni account (con il suo periodo)
  --output FILE    con --pretend: scrivi {&quot;missing&quot;:{...}, &quot;changed&quot;:{...}} per account in JSON
  --json           i totali finali in JSON

In un terminale l&apos;avanzamento appare come barra (standard error), altrimenti come righe semplici.
Ctrl-C si ferma dopo aver salvato l&apos;avanzamento; esegui di nuovo lo stesso comando per continuare.
Codici di uscita come per sync; 130 se interrotto.
</translation>
    </message>
    <message>
        <source>backfill takes no arguments.</source>
        <translation>backfill non accetta argomenti.</translation>
    </message>
    <message>
        <source>--days needs a number of days (1 or more).</source>
        <translation>--days richiede un numero di giorni (1 o più).</translation>
    </message>
    <message>
        <source>--start-date and --end-date need dates like 2026-03-01, the start before the end.</source>
        <translation>--start-date e --end-date richiedono date come 2026-03-01, con l&apos;inizio prima della fine.</translation>
    </message>
    <message>
        <source>backfill needs --start-date/--end-date, --days or --resume.</source>
        <translation>backfill richiede --start-date/--end-date, --days o --resume.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>%1: nothing to resume.</source>
        <translation>%1: niente da riprendere.</translation>
    </message>
    <message>
        <source>%1: window %2/%3, found %4, uploaded %5, already there %6</source>
        <translation>%1: finestra %2/%3, trovati %4, caricati %5, già presenti %6</translation>
    </message>
    <message>
        <source>%1: %2 documents in the range; %3 already in Nightscout, %4 missing, %5 different (pretend: nothing uploaded)</source>
        <translation>%1: %2 documenti nel periodo; %3 già in Nightscout, %4 mancanti, %5 diversi (simulazione: nulla caricato)</translation>
    </message>
    <message>
        <source>%1: %2 documents in the range; %3 uploaded, %4 were already in Nightscout%5</source>
        <translation>%1: %2 documenti nel periodo; %3 caricati, %4 erano già in Nightscout%5</translation>
    </message>
    <message>
        <source> (resumed)</source>
        <translation> (ripreso)</translation>
    </message>
</context>
<context>
    <name>nb::cli::CareLinkLoginCommand</name>
    <message>
        <source>Sign in to CareLink (prints a URL, reads the address the browser ends on)</source>
        <translation>Accedi a CareLink (stampa un URL, legge l&apos;indirizzo su cui termina il browser)</translation>
    </message>
    <message>
        <source>Only `carelink login` exists so far.</source>
        <translation>Per ora esiste solo `carelink login`.</translation>
    </message>
    <message>
        <source>carelink login needs --country (or --region).</source>
        <translation>carelink login richiede --country (o --region).</translation>
    </message>
    <message>
        <source>--region must be US or EU.</source>
        <translation>--region deve essere US o EU.</translation>
    </message>
    <message>
        <source>Note: the memory credential store forgets the sign-in when this command ends.</source>
        <translation>Nota: l&apos;archivio delle credenziali memory dimentica l&apos;accesso al termine di questo comando.</translation>
    </message>
    <message>
        <source>--credential-store must be keychain, memory, or file with --credential-file.</source>
        <translation>--credential-store deve essere keychain, memory, oppure file con --credential-file.</translation>
    </message>
    <message>
        <source>--discovery-url is not a valid URL.</source>
        <translation>--discovery-url non è un URL valido.</translation>
    </message>
    <message>
        <source>Open this address in a browser and sign in with the CareLink account for Nightbridge:</source>
        <translation>Apri questo indirizzo in un browser e accedi con l&apos;account CareLink destinato a Nightbridge:</translation>
    </message>
    <message>
        <source>Then paste the address the browser ended on (it starts with %1) and press Enter:</source>
        <translation>Poi incolla l&apos;indirizzo su cui è terminato il browser (inizia con %1) e premi Invio:</translation>
    </message>
    <message>
        <source>No address was pasted.</source>
        <translation>Non è stato incollato alcun indirizzo.</translation>
    </message>
    <message>
        <source>No address was pasted in time.</source>
        <translation>Non è stato incollato alcun indirizzo in tempo.</translation>
    </message>
    <message>
        <source>That is not an address. Run `nightbridge-cli carelink login` again.</source>
        <translation>Questo non è un indirizzo. Esegui di nuovo `nightbridge-cli carelink login`.</translation>
    </message>
    <message>
        <source>Signed in. The refresh token is kept in: %1.</source>
        <translation>Accesso effettuato. Il refresh token è conservato in: %1.</translation>
    </message>
    <message>
        <source>Could not read the account details: %1</source>
        <translation>Impossibile leggere i dettagli dell&apos;account: %1</translation>
    </message>
    <message>
        <source>Account: %1 (%2)</source>
        <translation>Account: %1 (%2)</translation>
    </message>
    <message>
        <source>No active linked patients: link a patient in CareLink first.</source>
        <translation>Nessun paziente collegato attivo: collega prima un paziente in CareLink.</translation>
    </message>
    <message>
        <source>Patient: %1 (%2 %3)</source>
        <translation>Paziente: %1 (%2 %3)</translation>
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
        <translation>Uso: nightbridge-cli carelink login [--account ID] [--country CC] [opzioni]

Accede a Medtronic CareLink senza desktop: stampa l&apos;indirizzo di accesso, tu lo apri in un browser qualsiasi
e accedi (CareLink potrebbe chiedere un captcha). Il browser prova poi ad aprire un indirizzo che inizia con
com.medtronic.carepartner:/sso e non ci riesce; copia quell&apos;indirizzo (barra degli indirizzi, oppure la scheda
Rete degli strumenti per sviluppatori del browser) e incollalo qui. Nightbridge verifica che appartenga a
questo accesso e conserva il refresh token ottenuto nell&apos;archivio delle credenziali.

Usa un account follower CareLink dedicato a Nightbridge: accedere con lo stesso account in
un&apos;altra app (o in quella ufficiale) chiude questa sessione.

Opzioni:
  --country CC            paese dell&apos;account CareLink (codice ISO, ad es. US, IT, GB; predefinito: quello
                          dell&apos;account)
  --region US|EU          salta la ricerca del paese
  --account ID            l&apos;account Nightbridge che accede (predefinito: l&apos;unico account CareLink;
                          se ce ne sono diversi, ti viene chiesto)
  --credential-store S    keychain (predefinito), file o memory (memory dimentica all&apos;uscita)
  --credential-file PERCORSO il file di --credential-store file (non cifrato)
  --discovery-url URL     documento di discovery di CareLink (predefinito: quello integrato)
  --app-version V         versione dell&apos;app inviata a CareLink (predefinito 3.8.0)

Codici di uscita: 0 accesso effettuato, 2 uso, 3 configurazione, 4 accesso rifiutato o l&apos;indirizzo non
apparteneva a questo accesso, 5 CareLink irraggiungibile, 6 risposta inattesa, 7 archivio delle credenziali,
130 nessun indirizzo incollato in tempo.
</translation>
    </message>
    <message>
        <source>--discovery-url must be an https address (or http to 127.0.0.1 or ::1).</source>
        <translation>--discovery-url deve essere un indirizzo https (o http verso 127.0.0.1 o ::1).</translation>
    </message>
    <message>
        <source>There are several CareLink accounts: %1. Name one with --account.</source>
        <translation>Ci sono diversi account CareLink: %1. Indicane uno con --account.</translation>
    </message>
    <message>
        <source>Which CareLink account do you want to sign in (%1)? </source>
        <translation>Con quale account CareLink vuoi accedere (%1)? </translation>
    </message>
    <message>
        <source>There is no CareLink account &quot;%1&quot;.</source>
        <translation>Non esiste l&apos;account CareLink «%1».</translation>
    </message>
</context>
<context>
    <name>nb::cli::CheckLoginCommand</name>
    <message>
        <source>Sign in to each account&apos;s vendor and show who it is</source>
        <translation>Accedi al produttore di ogni account e mostra di chi si tratta</translation>
    </message>
    <message>
        <source>check-login takes no arguments.</source>
        <translation>check-login non accetta argomenti.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: signed in: %2</source>
        <translation>%1: accesso effettuato: %2</translation>
    </message>
    <message>
        <source>%1: the pause after the refused sign-in is lifted.</source>
        <translation>%1: la pausa dopo l&apos;accesso rifiutato è stata tolta.</translation>
    </message>
    <message>
        <source>Usage: nightbridge-cli check-login [--account A]

Signs in to Tandem Source / CareLink for each selected account and prints the pump or role it
found. A sign-in refused earlier paused the account; a successful check lifts that pause.
Exit codes: 0 all signed in, 3 configuration (missing password, ...), 4 refused or sign-in needed,
5 vendor unreachable, 6 unexpected answer, 8 another Nightbridge process is syncing.
</source>
        <translation>Uso: nightbridge-cli check-login [--account A]

Accede a Tandem Source / CareLink per ogni account selezionato e stampa il microinfusore o il ruolo
trovato. Un accesso rifiutato in precedenza ha messo in pausa l&apos;account; una verifica riuscita toglie la pausa.
Codici di uscita: 0 tutti gli accessi riusciti, 3 configurazione (password mancante, ...), 4 rifiutato o accesso
necessario, 5 produttore irraggiungibile, 6 risposta inattesa, 8 un altro processo Nightbridge sta sincronizzando.
</translation>
    </message>
</context>
<context>
    <name>nb::cli::CliEnvironment</name>
    <message>
        <source>Warning: %1</source>
        <translation>Avviso: %1</translation>
    </message>
</context>
<context>
    <name>nb::cli::CredentialPresence</name>
    <message>
        <source>no CareLink sign-in is stored: run `nightbridge-cli carelink login --account %1`</source>
        <translation>nessun accesso CareLink salvato: esegui `nightbridge-cli carelink login --account %1`</translation>
    </message>
    <message>
        <source>no Tandem password is stored: run `nightbridge-cli accounts set %1 --password-file FILE`</source>
        <translation>nessuna password Tandem salvata: esegui `nightbridge-cli accounts set %1 --password-file FILE`</translation>
    </message>
    <message>
        <source>no Nightscout API secret is stored: run `nightbridge-cli accounts set --nightscout-secret-file FILE` or set NS_SECRET</source>
        <translation>nessun API secret di Nightscout salvato: esegui `nightbridge-cli accounts set --nightscout-secret-file FILE` o imposta NS_SECRET</translation>
    </message>
</context>
<context>
    <name>nb::cli::DoctorCommand</name>
    <message>
        <source>Check configuration, secrets, keychain, Nightscout, sign-ins, clock and disk in one go</source>
        <translation>Controlla in una volta configurazione, segreti, portachiavi, Nightscout, accessi, orologio e disco</translation>
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
        <translation>Uso: nightbridge-cli doctor [--account A]

Controlla, una riga per voce con la soluzione quando qualcosa non va: che la configurazione venga trovata, che
le password e il secret di Nightscout siano salvati, che il portachiavi risponda, che ogni sito Nightscout sia
raggiungibile e accetti i caricamenti, che ogni accesso al produttore funzioni, che l&apos;orologio di questo computer
concordi con quello dei server (la loro intestazione Date) e che le cartelle di configurazione e dei dati siano
scrivibili.

Gli accessi vengono tentati solo quando possono riuscire (una password è salvata, l&apos;account non è in pausa dopo
una password rifiutata), così doctor non spreca mai uno dei pochi tentativi di accesso del produttore; mentre un
altro processo Nightbridge sincronizza, vengono saltati.

Codici di uscita: 0 tutti i controlli superati, 1 qualche controllo non riuscito.
</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Soluzione: %1</translation>
    </message>
    <message>
        <source>doctor takes no arguments.</source>
        <translation>doctor non accetta argomenti.</translation>
    </message>
    <message>
        <source>configuration</source>
        <translation>configurazione</translation>
    </message>
    <message>
        <source>demo mode</source>
        <translation>modalità demo</translation>
    </message>
    <message>
        <source>the environment variables</source>
        <translation>le variabili d&apos;ambiente</translation>
    </message>
    <message>
        <source>%1 has no enabled account.</source>
        <translation>%1 non ha nessun account attivo.</translation>
    </message>
    <message>
        <source>no settings file at %1 and no account in the environment.</source>
        <translation>nessun file di impostazioni in %1 e nessun account nell&apos;ambiente.</translation>
    </message>
    <message>
        <source>add one with `nightbridge-cli accounts add tandem` (or carelink), or import a tconnectsync .env with `nightbridge-cli import-env`; give --config DIR if your configuration is elsewhere.</source>
        <translation>aggiungine uno con `nightbridge-cli accounts add tandem` (o carelink), oppure importa un .env di tconnectsync con `nightbridge-cli import-env`; indica --config DIR se la tua configurazione è altrove.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n account(s): %2</source>
        <translation>
            <numerusform>%1, %n account: %2</numerusform>
            <numerusform>%1, %n account: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>credential store</source>
        <translation>archivio delle credenziali</translation>
    </message>
    <message>
        <source>demo mode keeps its secrets in memory</source>
        <translation>la modalità demo tiene i suoi segreti in memoria</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 risponde</translation>
    </message>
    <message>
        <source>on a computer without a desktop keychain, set NIGHTBRIDGE_CREDENTIAL_STORE=file (or `import-env --credential-store file`) and store the secrets again.</source>
        <translation>su un computer senza portachiavi del desktop, imposta NIGHTBRIDGE_CREDENTIAL_STORE=file (o `import-env --credential-store file`) e salva di nuovo i segreti.</translation>
    </message>
    <message>
        <source>secrets of %1</source>
        <translation>segreti di %1</translation>
    </message>
    <message>
        <source>CareLink sign-in and Nightscout secret stored</source>
        <translation>accesso CareLink e secret di Nightscout salvati</translation>
    </message>
    <message>
        <source>password and Nightscout secret stored</source>
        <translation>password e secret di Nightscout salvati</translation>
    </message>
    <message>
        <source>Nightscout</source>
        <translation>Nightscout</translation>
    </message>
    <message>
        <source>Nightscout of %1</source>
        <translation>Nightscout di %1</translation>
    </message>
    <message>
        <source>%1 reachable (Nightscout %2), uploads allowed</source>
        <translation>%1 raggiungibile (Nightscout %2), caricamenti consentiti</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>test it with `nightbridge-cli nightscout check`; change the site or secret with `nightbridge-cli accounts set --nightscout-url URL --nightscout-secret-file FILE`.</source>
        <translation>provalo con `nightbridge-cli nightscout check`; cambia il sito o il secret con `nightbridge-cli accounts set --nightscout-url URL --nightscout-secret-file FILE`.</translation>
    </message>
    <message>
        <source>%1 answers but does not accept uploads with this secret.</source>
        <translation>%1 risponde ma non accetta caricamenti con questo secret.</translation>
    </message>
    <message>
        <source>use the site&apos;s API_SECRET, or a token whose role may write (careportal).</source>
        <translation>usa l&apos;API_SECRET del sito, o un token il cui ruolo possa scrivere (careportal).</translation>
    </message>
    <message>
        <source>vendor sign-in</source>
        <translation>accesso al produttore</translation>
    </message>
    <message>
        <source>not tried: %1</source>
        <translation>non tentato: %1</translation>
    </message>
    <message>
        <source>sign-in of %1</source>
        <translation>accesso di %1</translation>
    </message>
    <message>
        <source>not tried: nothing to sign in with (see the secrets line).</source>
        <translation>non tentato: niente con cui accedere (vedi la riga dei segreti).</translation>
    </message>
    <message>
        <source>paused after the vendor refused the password; not tried again, so the account is not locked.</source>
        <translation>in pausa dopo che il produttore ha rifiutato la password; non viene ritentato, così l&apos;account non viene bloccato.</translation>
    </message>
    <message>
        <source>sign in again with `nightbridge-cli carelink login --account %1`.</source>
        <translation>accedi di nuovo con `nightbridge-cli carelink login --account %1`.</translation>
    </message>
    <message>
        <source>store the current password with `nightbridge-cli accounts set %1 --password-file FILE`, then run `nightbridge-cli check-login --account %1`.</source>
        <translation>salva la password attuale con `nightbridge-cli accounts set %1 --password-file FILE`, poi esegui `nightbridge-cli check-login --account %1`.</translation>
    </message>
    <message>
        <source>signed in: %1</source>
        <translation>accesso effettuato: %1</translation>
    </message>
    <message>
        <source>check the password (`nightbridge-cli accounts set %1 --password-file FILE`).</source>
        <translation>controlla la password (`nightbridge-cli accounts set %1 --password-file FILE`).</translation>
    </message>
    <message>
        <source>clock</source>
        <translation>orologio</translation>
    </message>
    <message>
        <source>not compared: no server sent its time.</source>
        <translation>non confrontato: nessun server ha inviato la sua ora.</translation>
    </message>
    <message numerus="yes">
        <source>this computer&apos;s clock is %n minute(s) behind %1.</source>
        <translation>
            <numerusform>l&apos;orologio di questo computer è indietro di %n minuto rispetto a %1.</numerusform>
            <numerusform>l&apos;orologio di questo computer è indietro di %n minuti rispetto a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this computer&apos;s clock is %n minute(s) ahead of %1.</source>
        <translation>
            <numerusform>l&apos;orologio di questo computer è avanti di %n minuto rispetto a %1.</numerusform>
            <numerusform>l&apos;orologio di questo computer è avanti di %n minuti rispetto a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>set the clock automatically (Linux: `timedatectl set-ntp true`; Windows and macOS: Date &amp; Time settings, set time automatically). Sign-ins and reading times depend on it.</source>
        <translation>imposta l&apos;ora automaticamente (Linux: `timedatectl set-ntp true`; Windows e macOS: impostazioni Data e ora, imposta l&apos;ora automaticamente). Gli accessi e gli orari delle letture dipendono da questo.</translation>
    </message>
    <message numerus="yes">
        <source>agrees with the servers (within %n second(s)).</source>
        <translation>
            <numerusform>concorda con i server (entro %n secondo).</numerusform>
            <numerusform>concorda con i server (entro %n secondi).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>disk</source>
        <translation>disco</translation>
    </message>
    <message>
        <source>the configuration and data folders are writable</source>
        <translation>le cartelle di configurazione e dei dati sono scrivibili</translation>
    </message>
    <message>
        <source>cannot write in %1.</source>
        <translation>impossibile scrivere in %1.</translation>
    </message>
    <message>
        <source>free some space or fix the folder&apos;s permissions, or use --config DIR.</source>
        <translation>libera spazio o correggi i permessi della cartella, oppure usa --config DIR.</translation>
    </message>
    <message>
        <source>Everything looks fine.</source>
        <translation>Sembra tutto a posto.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problema trovato.</numerusform>
            <numerusform>%n problemi trovati.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::cli::EnvCommand</name>
    <message>
        <source>No accounts are configured. Add one with `nightbridge-cli accounts add tandem` (or carelink), import a tconnectsync .env with `nightbridge-cli import-env`, set TCONNECT_EMAIL/TCONNECT_PASSWORD, or try `nightbridge-cli --demo`.</source>
        <translation>Nessun account configurato. Aggiungine uno con `nightbridge-cli accounts add tandem` (o carelink), importa un .env di tconnectsync con `nightbridge-cli import-env`, imposta TCONNECT_EMAIL/TCONNECT_PASSWORD, oppure prova `nightbridge-cli --demo`.</translation>
    </message>
    <message>
        <source>%1: none of the features %2 is a %3 feature; this account is left out.</source>
        <translation>%1: nessuna delle funzioni %2 è una funzione %3; questo account viene escluso.</translation>
    </message>
    <message>
        <source>No selected account knows the features %1.</source>
        <translation>Nessun account selezionato conosce le funzioni %1.</translation>
    </message>
</context>
<context>
    <name>nb::cli::FeatureList</name>
    <message>
        <source>Unknown feature name(s): %1. Known: Tandem %2; CareLink %3 (and &quot;all&quot;).</source>
        <translation>Nomi di funzioni sconosciuti: %1. Noti: Tandem %2; CareLink %3 (e «all»).</translation>
    </message>
</context>
<context>
    <name>nb::cli::GlobalOptions</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 richiede un valore.</translation>
    </message>
</context>
<context>
    <name>nb::cli::ImportEnvCommand</name>
    <message>
        <source>Import a tconnectsync .env (or minimed-connect variables) into accounts and the keychain</source>
        <translation>Importa un .env di tconnectsync (o le variabili di minimed-connect) negli account e nel portachiavi</translation>
    </message>
    <message>
        <source>No .env file found (looked at %1). Name the file to import.</source>
        <translation>Nessun file .env trovato (cercato in %1). Indica il file da importare.</translation>
    </message>
    <message>
        <source>CareLink account &quot;%1&quot;: sign in once with `nightbridge-cli carelink login --account %1 --%2 %3`.</source>
        <translation>Account CareLink «%1»: accedi una volta con `nightbridge-cli carelink login --account %1 --%2 %3`.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Importato %1.</translation>
    </message>
    <message>
        <source>  account &quot;%1&quot; created</source>
        <translation>  account «%1» creato</translation>
    </message>
    <message>
        <source>  secrets stored in: %1</source>
        <translation>  segreti salvati in: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Now delete %1: it still holds your passwords in plain text, and Nightbridge does not need it.</source>
        <translation>Ora elimina %1: contiene ancora le tue password in chiaro, e Nightbridge non ne ha bisogno.</translation>
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
        <translation>Uso: nightbridge-cli import-env [FILE] [--credential-store file]

Legge FILE (predefinito: ./.env, altrimenti ~/.config/tconnectsync/.env), la configurazione di tconnectsync
(TCONNECT_EMAIL, TCONNECT_PASSWORD, TCONNECT_REGION, TIMEZONE_NAME, PUMP_SERIAL_NUMBER, NS_URL,
NS_SECRET) o di minimed-connect-to-nightscout (CARELINK_USERNAME, CARELINK_PATIENT,
MMCONNECT_SERVER, MMCONNECT_COUNTRYCODE, API_SECRET, NS). Crea gli account e il sito Nightscout,
e salva password e segreti nell&apos;archivio delle credenziali. Il file stesso non viene modificato:
eliminalo dopo, contiene le tue password in chiaro.

Importare di nuovo lo stesso file aggiorna gli account che ha creato invece di aggiungerne di nuovi.
Senza portachiavi (un server senza sessione desktop) non viene importato nulla: usa
--credential-store file (o NIGHTBRIDGE_CREDENTIAL_STORE=file) per conservare invece i segreti in
credentials.json nella cartella di configurazione (leggibile solo dal tuo utente, non cifrato).
</translation>
    </message>
    <message>
        <source>--credential-store must be keychain or file.</source>
        <translation>--credential-store deve essere keychain o file.</translation>
    </message>
    <message>
        <source>Nothing was imported. Without a keychain, keep the secrets in a file instead: run again with --credential-store file (or NIGHTBRIDGE_CREDENTIAL_STORE=file); the file is readable by your user only, but not encrypted.</source>
        <translation>Non è stato importato nulla. Senza portachiavi, conserva invece i segreti in un file: esegui di nuovo con --credential-store file (o NIGHTBRIDGE_CREDENTIAL_STORE=file); il file è leggibile solo dal tuo utente, ma non è cifrato.</translation>
    </message>
    <message>
        <source>  account &quot;%1&quot; updated (imported before)</source>
        <translation>  account «%1» aggiornato (importato in precedenza)</translation>
    </message>
</context>
<context>
    <name>nb::cli::StatusCommand</name>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n min)</source>
        <translation>
            <numerusform>%1 (tra %n min)</numerusform>
            <numerusform>%1 (tra %n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n min ago)</source>
        <translation>
            <numerusform>%1 (%n min fa)</numerusform>
            <numerusform>%1 (%n min fa)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show each account&apos;s sync state, last reading and errors</source>
        <translation>Mostra lo stato di sincronizzazione, l&apos;ultima lettura e gli errori di ogni account</translation>
    </message>
    <message>
        <source>  last success:  %1</source>
        <translation>  ultimo successo:     %1</translation>
    </message>
    <message>
        <source>  next run:      %1</source>
        <translation>  prossima esecuzione: %1</translation>
    </message>
    <message>
        <source>  last reading:  %1 mg/dL %2 at %3</source>
        <translation>  ultima lettura:      %1 mg/dL %2 alle %3</translation>
    </message>
    <message>
        <source>, IOB %1 U</source>
        <translation>, IOB %1 U</translation>
    </message>
    <message>
        <source>  uploaded:      %1 last run, %2 in total; healed %3 last run, %4 in total</source>
        <translation>  caricati:            %1 nell&apos;ultima esecuzione, %2 in totale; riparati %3 nell&apos;ultima esecuzione, %4 in totale</translation>
    </message>
    <message numerus="yes">
        <source>  waiting:       %n document(s) not yet confirmed by Nightscout</source>
        <translation>
            <numerusform>  in attesa:           %n documento non ancora confermato da Nightscout</numerusform>
            <numerusform>  in attesa:           %n documenti non ancora confermati da Nightscout</numerusform>
        </translation>
    </message>
    <message>
        <source>  last error:    %1</source>
        <translation>  ultimo errore:       %1</translation>
    </message>
    <message>
        <source>No accounts are configured.</source>
        <translation>Nessun account configurato.</translation>
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
        <translation>Uso: nightbridge-cli status [--json] [--account A]

Mostra, per ogni account, se la sincronizzazione funziona, quando è riuscita l&apos;ultima volta, l&apos;ultimo errore e cosa
fare, quando è prevista la prossima esecuzione (mentre è attivo un demone), quanto è stato caricato e riparato,
l&apos;ultima lettura con la tendenza e l&apos;IOB, e se la password (o l&apos;accesso a CareLink) e il secret di Nightscout
sono salvati. Legge solo il file di stato e l&apos;archivio delle credenziali (nessun accesso alla rete).

Codici di uscita: 0 tutti gli account a posto, 1 qualche account in errore, che richiede attenzione o senza un secret,
3 nessun account.
</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>mai sincronizzato</translation>
    </message>
    <message>
        <source>  last success:  never synced</source>
        <translation>  ultimo successo:     mai sincronizzato</translation>
    </message>
    <message>
        <source>  secrets:       %1 %2, Nightscout secret %3</source>
        <translation>  segreti:             %1 %2, secret di Nightscout %3</translation>
    </message>
    <message>
        <source>CareLink sign-in</source>
        <translation>Accesso a CareLink</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>salvato</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>MANCANTE</translation>
    </message>
    <message>
        <source>  to do:         %1</source>
        <translation>  da fare:             %1</translation>
    </message>
    <message>
        <source>  credential store: %1</source>
        <translation>  archivio delle credenziali: %1</translation>
    </message>
    <message numerus="yes">
        <source>  damaged:       %n pending upload file(s) could not be read and were set aside in %1: %2. Their data is fetched again; check the disk, then delete them.</source>
        <translation>
            <numerusform>  danneggiati:         %n file di caricamento in sospeso non è stato letto ed è stato messo da parte in %1: %2. I suoi dati vengono richiesti di nuovo; controlla il disco, poi eliminalo.</numerusform>
            <numerusform>  danneggiati:         %n file di caricamento in sospeso non sono stati letti e sono stati messi da parte in %1: %2. I loro dati vengono richiesti di nuovo; controlla il disco, poi eliminali.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::cli::SyncCommand</name>
    <message>
        <source>Sync every enabled account once, or continuously (--auto-update)</source>
        <translation>Sincronizza ogni account attivo una volta, o in modo continuo (--auto-update)</translation>
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
        <translation>Uso: nightbridge-cli sync [--once | --auto-update] [--json] [opzioni globali]

--once (predefinito) un passaggio sugli account attivi (--account lo restringe), per cron o un timer systemd
--auto-update     resta in esecuzione: ogni account si sincronizza quando il suo produttore ha dati nuovi (CareLink subito
                  dopo ogni lettura di 5 minuti, Tandem ogni volta che l&apos;app del microinfusore carica, 5-25 min), dirada i
                  tentativi in caso di errore e ti aspetta quando una password viene rifiutata. Si ferma con Ctrl-C / SIGTERM.
--json            un oggetto JSON per account ed esecuzione sullo standard output
--pretend         scarica e converti, stampa ciò che verrebbe caricato, non modifica nulla

Sincronizza un solo processo alla volta (codice di uscita 8 se lo sta già facendo un altro).
Codici di uscita: 0 ok, 3 configurazione, 4 accesso rifiutato o necessario, 5 non disponibile (riprova più tardi),
6 risposta inattesa del produttore, 7 archiviazione locale, 8 occupato, 130 interrotto.
</translation>
    </message>
    <message>
        <source>sync takes no arguments.</source>
        <translation>sync non accetta argomenti.</translation>
    </message>
    <message>
        <source>--once and --auto-update exclude each other.</source>
        <translation>--once e --auto-update si escludono a vicenda.</translation>
    </message>
    <message>
        <source>DEMO MODE: simulated CareLink and Tandem data, no real vendor account is used.</source>
        <translation>MODALITÀ DEMO: dati CareLink e Tandem simulati, non viene usato alcun account reale del produttore.</translation>
    </message>
    <message>
        <source>Stopping.</source>
        <translation>Arresto in corso.</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %n account(s) continuously; Ctrl-C stops.</source>
        <translation>
            <numerusform>Sincronizzazione continua di %n account; Ctrl-C per fermare.</numerusform>
            <numerusform>Sincronizzazione continua di %n account; Ctrl-C per fermare.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message numerus="yes">
        <source> (%n document(s) kept for the next attempt)</source>
        <translation>
            <numerusform> (%n documento conservato per il prossimo tentativo)</numerusform>
            <numerusform> (%n documenti conservati per il prossimo tentativo)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: would upload %3 entries, %4 treatments, %5 devicestatus, %6 profile (pretend: nothing sent)</source>
        <translation>%1 %2: caricherebbe %3 voci, %4 trattamenti, %5 devicestatus, %6 profilo (simulazione: nulla inviato)</translation>
    </message>
    <message>
        <source>%1 %2: uploaded %3</source>
        <translation>%1 %2: caricati %3</translation>
    </message>
    <message numerus="yes">
        <source>, healed %n</source>
        <translation>
            <numerusform>, %n riparato</numerusform>
            <numerusform>, %n riparati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n from an interrupted run</source>
        <translation>
            <numerusform>, %n da un&apos;esecuzione interrotta</numerusform>
            <numerusform>, %n da un&apos;esecuzione interrotta</numerusform>
        </translation>
    </message>
    <message>
        <source>; newest data %1</source>
        <translation>; dati più recenti %1</translation>
    </message>
    <message>
        <source>; next run %1</source>
        <translation>; prossima esecuzione %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pending upload file(s) in %2 could not be read and were set aside (%3). Their data is fetched again from the vendor; check the disk, then delete those files.</source>
        <translation>
            <numerusform>%1: %n file di caricamento in sospeso in %2 non è stato letto ed è stato messo da parte (%3). I suoi dati vengono richiesti di nuovo al produttore; controlla il disco, poi elimina quel file.</numerusform>
            <numerusform>%1: %n file di caricamento in sospeso in %2 non sono stati letti e sono stati messi da parte (%3). I loro dati vengono richiesti di nuovo al produttore; controlla il disco, poi elimina quei file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::gui::Application</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>The settings dialog is not part of this build yet. Until it is, the settings are in %1 (or use nightbridge-cli).</source>
        <translation>La finestra delle impostazioni non fa ancora parte di questa versione. Nel frattempo le impostazioni si trovano in %1 (oppure usa nightbridge-cli).</translation>
    </message>
    <message>
        <source>Backfill</source>
        <translation>Recupero dello storico</translation>
    </message>
    <message>
        <source>The backfill dialog is not part of this build yet. Until it is, use `nightbridge-cli backfill --days N`.</source>
        <translation>La finestra del recupero dello storico non fa ancora parte di questa versione. Nel frattempo usa `nightbridge-cli backfill --days N`.</translation>
    </message>
    <message>
        <source>CareLink sign-in</source>
        <translation>Accesso a CareLink</translation>
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
        <translation>Verifica la password dell&apos;account e l&apos;indirizzo e il secret di Nightscout nelle impostazioni. La finestra delle impostazioni non fa ancora parte di questa versione; nel frattempo usa `nightbridge-cli accounts set %1`.</translation>
    </message>
    <message>
        <source>Nightbridge received a CareLink sign-in, but no sign-in was started here or it was already completed. Use “Sign in again” in the status window to start a new one.</source>
        <translation>Nightbridge ha ricevuto un accesso CareLink, ma qui non è stato avviato alcun accesso oppure è già stato completato. Usa «Accedi di nuovo» nella finestra di stato per avviarne uno nuovo.</translation>
    </message>
    <message>
        <source>Set up Nightbridge</source>
        <translation>Configura Nightbridge</translation>
    </message>
    <message>
        <source>The setup wizard is not part of this build. Add an account with `nightbridge-cli accounts add`.</source>
        <translation>La procedura guidata di configurazione non fa parte di questa versione. Aggiungi un account con `nightbridge-cli accounts add`.</translation>
    </message>
    <message>
        <source>Nightbridge started from scratch</source>
        <translation>Nightbridge ha ricominciato da zero</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pending upload file(s) in %2 could not be read and were set aside (%3). Their data is fetched again from the vendor; check the disk, then delete those files.</source>
        <translation>
            <numerusform>%1: %n file di caricamento in sospeso in %2 non è stato letto ed è stato messo da parte (%3). I suoi dati vengono richiesti di nuovo al produttore; controlla il disco, poi elimina quel file.</numerusform>
            <numerusform>%1: %n file di caricamento in sospeso in %2 non sono stati letti e sono stati messi da parte (%3). I loro dati vengono richiesti di nuovo al produttore; controlla il disco, poi elimina quei file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Diagnostics copied</source>
        <translation>Diagnostica copiata</translation>
    </message>
    <message>
        <source>The diagnostics (without passwords or secrets) are on the clipboard; paste them into your message.</source>
        <translation>La diagnostica (senza password né segreti) è negli appunti; incollala nel tuo messaggio.</translation>
    </message>
</context>
<context>
    <name>nb::gui::CareLinkSignIn</name>
    <message>
        <source>Nightbridge could not open the browser for the CareLink sign-in.</source>
        <translation>Nightbridge non è riuscito ad aprire il browser per l&apos;accesso a CareLink.</translation>
    </message>
</context>
<context>
    <name>nb::ns::NsConnectionTest</name>
    <message>
        <source>The access token may not upload device status or profiles (%1).</source>
        <translation>Il token di accesso non può caricare lo stato del dispositivo né i profili (%1).</translation>
    </message>
</context>
<context>
    <name>nb::setup::ConflictAnalysis</name>
    <message>
        <source>glucose readings</source>
        <translation>letture del glucosio</translation>
    </message>
    <message>
        <source>boluses and carbs</source>
        <translation>boli e carboidrati</translation>
    </message>
    <message>
        <source>temp basals</source>
        <translation>basali temporanee</translation>
    </message>
    <message>
        <source>profiles</source>
        <translation>profili</translation>
    </message>
    <message>
        <source>pump status</source>
        <translation>stato del microinfusore</translation>
    </message>
    <message>
        <source>pump events</source>
        <translation>eventi del microinfusore</translation>
    </message>
    <message>
        <source>An unnamed uploader</source>
        <translation>Un uploader senza nome</translation>
    </message>
    <message numerus="yes">
        <source>%1 already posts glucose readings to this Nightscout (%n recently). If it reads the same sensor, leave glucose readings off here, or every reading appears twice.</source>
        <translation>
            <numerusform>%1 invia già letture del glucosio a questo Nightscout (%n di recente). Se legge lo stesso sensore, lascia qui disattivate le letture del glucosio, altrimenti ogni lettura compare due volte.</numerusform>
            <numerusform>%1 invia già letture del glucosio a questo Nightscout (%n di recente). Se legge lo stesso sensore, lascia qui disattivate le letture del glucosio, altrimenti ogni lettura compare due volte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Boluses or carbs are also entered by hand in Nightscout (%n recently). Synced from the pump as well, they would count twice in insulin and carbs on board.</source>
        <translation>
            <numerusform>Boli o carboidrati vengono inseriti anche a mano in Nightscout (%n di recente). Se fossero sincronizzati anche dal microinfusore, conterebbero due volte nell&apos;insulina e nei carboidrati attivi.</numerusform>
            <numerusform>Boli o carboidrati vengono inseriti anche a mano in Nightscout (%n di recente). Se fossero sincronizzati anche dal microinfusore, conterebbero due volte nell&apos;insulina e nei carboidrati attivi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already uploads boluses or carbs (%n recently). Upload them from one place only, or they count twice.</source>
        <translation>
            <numerusform>%1 carica già boli o carboidrati (%n di recente). Caricali da un solo punto, altrimenti contano due volte.</numerusform>
            <numerusform>%1 carica già boli o carboidrati (%n di recente). Caricali da un solo punto, altrimenti contano due volte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Temp basals are also entered by hand in Nightscout (%n recently); the pump&apos;s own would overlap them.</source>
        <translation>
            <numerusform>Le basali temporanee vengono inserite anche a mano in Nightscout (%n di recente); quelle del microinfusore si sovrapporrebbero.</numerusform>
            <numerusform>Le basali temporanee vengono inserite anche a mano in Nightscout (%n di recente); quelle del microinfusore si sovrapporrebbero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already uploads temp basals (%n recently). Two sources of basal make the basal graph and insulin on board wrong.</source>
        <translation>
            <numerusform>%1 carica già basali temporanee (%n di recente). Due fonti di basale rendono errati il grafico della basale e l&apos;insulina attiva.</numerusform>
            <numerusform>%1 carica già basali temporanee (%n di recente). Due fonti di basale rendono errati il grafico della basale e l&apos;insulina attiva.</numerusform>
        </translation>
    </message>
    <message>
        <source>This Nightscout has a profile made in its profile editor. Uploading the pump&apos;s profiles makes them the active profile instead.</source>
        <translation>Questo Nightscout ha un profilo creato nel suo editor dei profili. Caricando i profili del microinfusore, saranno questi a diventare il profilo attivo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already writes profiles (%n found). Nightbridge&apos;s profile upload would replace its active profile.</source>
        <translation>
            <numerusform>%1 scrive già profili (%n trovato). Il caricamento dei profili di Nightbridge sostituirebbe il suo profilo attivo.</numerusform>
            <numerusform>%1 scrive già profili (%n trovati). Il caricamento dei profili di Nightbridge sostituirebbe il suo profilo attivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already posts pump status (%n recently). Nightscout&apos;s pump pill then jumps between the two.</source>
        <translation>
            <numerusform>%1 invia già lo stato del microinfusore (%n di recente). L&apos;indicatore del microinfusore di Nightscout salta allora tra i due.</numerusform>
            <numerusform>%1 invia già lo stato del microinfusore (%n di recente). L&apos;indicatore del microinfusore di Nightscout salta allora tra i due.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Site, cartridge or sensor changes are also logged by hand in Nightscout (%n recently); with pump events on, they appear twice.</source>
        <translation>
            <numerusform>I cambi di set di infusione, cartuccia o sensore vengono annotati anche a mano in Nightscout (%n di recente); con gli eventi del microinfusore attivi, compaiono due volte.</numerusform>
            <numerusform>I cambi di set di infusione, cartuccia o sensore vengono annotati anche a mano in Nightscout (%n di recente); con gli eventi del microinfusore attivi, compaiono due volte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already uploads pump events such as site changes (%n recently). Upload them from one place only.</source>
        <translation>
            <numerusform>%1 carica già eventi del microinfusore come i cambi del set di infusione (%n di recente). Caricali da un solo punto.</numerusform>
            <numerusform>%1 carica già eventi del microinfusore come i cambi del set di infusione (%n di recente). Caricali da un solo punto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::setup::EnvImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 has nothing Nightbridge can use.</source>
        <translation>%1 non contiene nulla che Nightbridge possa usare.</translation>
    </message>
</context>
<context>
    <name>nb::setup::FeatureCatalog</name>
    <message>
        <source>Basal</source>
        <translation>Basale</translation>
    </message>
    <message>
        <source>Temp basals and suspensions, so Nightscout shows the basal actually delivered.</source>
        <translation>Basali temporanee e sospensioni, così Nightscout mostra la basale effettivamente erogata.</translation>
    </message>
    <message>
        <source>Boluses</source>
        <translation>Boli</translation>
    </message>
    <message>
        <source>Boluses with their carbs and blood glucose, for insulin and carbs on board.</source>
        <translation>Boli con i relativi carboidrati e glicemia, per l&apos;insulina e i carboidrati attivi.</translation>
    </message>
    <message>
        <source>Pump events</source>
        <translation>Eventi del microinfusore</translation>
    </message>
    <message>
        <source>Alarms, site and cartridge changes, suspend and resume, sleep and exercise.</source>
        <translation>Allarmi, cambi di set di infusione e cartuccia, sospensione e ripresa, sonno ed esercizio fisico.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profili</translation>
    </message>
    <message>
        <source>The pump&apos;s basal, carb ratio and correction profiles as the Nightscout profile.</source>
        <translation>I profili di basale, rapporto insulina/carboidrati e correzione del microinfusore come profilo Nightscout.</translation>
    </message>
    <message>
        <source>CGM readings</source>
        <translation>Letture CGM</translation>
    </message>
    <message>
        <source>Glucose readings the pump received. Leave off if xDrip+ or Dexcom Share already uploads them.</source>
        <translation>Letture del glucosio ricevute dal microinfusore. Lasciale disattivate se xDrip+ o Dexcom Share le caricano già.</translation>
    </message>
    <message>
        <source>CGM alerts</source>
        <translation>Avvisi CGM</translation>
    </message>
    <message>
        <source>High, low and sensor alerts of the CGM as notes, with sensor sessions.</source>
        <translation>Avvisi di glucosio alto, basso e del sensore del CGM come note, con le sessioni del sensore.</translation>
    </message>
    <message>
        <source>Pump status</source>
        <translation>Stato del microinfusore</translation>
    </message>
    <message>
        <source>Battery and insulin on board for Nightscout&apos;s pump pill.</source>
        <translation>Batteria e insulina attiva per l&apos;indicatore del microinfusore di Nightscout.</translation>
    </message>
    <message>
        <source>Glucose readings</source>
        <translation>Letture del glucosio</translation>
    </message>
    <message>
        <source>Sensor glucose every five minutes, with the trend arrow.</source>
        <translation>Glucosio del sensore ogni cinque minuti, con la freccia di tendenza.</translation>
    </message>
    <message>
        <source>Pump battery, reservoir, active insulin and sensor state.</source>
        <translation>Batteria del microinfusore, serbatoio, insulina attiva e stato del sensore.</translation>
    </message>
    <message>
        <source>Carbs</source>
        <translation>Carboidrati</translation>
    </message>
    <message>
        <source>Meals entered on the pump, as carbs (CareLink keeps only a summary).</source>
        <translation>Pasti inseriti nel microinfusore, come carboidrati (CareLink conserva solo un riepilogo).</translation>
    </message>
    <message>
        <source>Meal and correction boluses, auto-corrections marked as such.</source>
        <translation>Boli per i pasti e di correzione, con le correzioni automatiche contrassegnate come tali.</translation>
    </message>
    <message>
        <source>Auto basal</source>
        <translation>Basale automatica</translation>
    </message>
    <message>
        <source>SmartGuard&apos;s automatic basal as five-minute temp basals.</source>
        <translation>La basale automatica di SmartGuard come basali temporanee di cinque minuti.</translation>
    </message>
    <message>
        <source>BG checks</source>
        <translation>Glicemie capillari</translation>
    </message>
    <message>
        <source>Finger-stick readings and calibrations.</source>
        <translation>Misurazioni capillari e calibrazioni.</translation>
    </message>
    <message>
        <source>Suspend on low, SmartGuard mode changes and pump clock changes as notes.</source>
        <translation>Sospensione per glucosio basso, cambi di modalità SmartGuard e modifiche dell&apos;orologio del microinfusore come note.</translation>
    </message>
    <message>
        <source>Unknown CareLink feature &quot;%1&quot;. Known: %2.</source>
        <translation>Funzione CareLink sconosciuta «%1». Note: %2.</translation>
    </message>
</context>
<context>
    <name>nb::setup::NightscoutSite</name>
    <message>
        <source>No Nightscout site is set up yet (Nightscout page).</source>
        <translation>Nessun sito Nightscout ancora configurato (pagina Nightscout).</translation>
    </message>
</context>
<context>
    <name>nb::tandem::TandemAuth</name>
    <message>
        <source>Sign-in to Tandem Source was cancelled.</source>
        <translation>L&apos;accesso a Tandem Source è stato annullato.</translation>
    </message>
</context>
<context>
    <name>nb::tandem::TandemClient</name>
    <message>
        <source>Tandem Source refused the request (its firewall blocked it). The vendor may have changed something; Nightbridge needs an update.</source>
        <translation>Tandem Source ha rifiutato la richiesta (il suo firewall l&apos;ha bloccata). Il produttore potrebbe aver cambiato qualcosa; Nightbridge ha bisogno di un aggiornamento.</translation>
    </message>
</context>
<context>
    <name>nb::tandem::TandemSource</name>
    <message>
        <source>No Tandem Source %1 is stored for account &quot;%2&quot;. Add it with `nightbridge-cli accounts set %2 --email E --password`.</source>
        <translation>Manca un dato Tandem Source salvato per l&apos;account «%2»: %1. Aggiungilo con `nightbridge-cli accounts set %2 --email E --password`.</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>indirizzo e-mail</translation>
    </message>
    <message>
        <source>Tandem Source, pump %1 (serial ending %2)</source>
        <translation>Tandem Source, microinfusore %1 (numero di serie che termina con %2)</translation>
    </message>
    <message>
        <source>newest data %1 UTC%2</source>
        <translation>dati più recenti %1 UTC%2</translation>
    </message>
    <message>
        <source> (more than 3 days old: is the phone app uploading?)</source>
        <translation> (più vecchi di 3 giorni: l&apos;app del telefono sta caricando?)</translation>
    </message>
    <message>
        <source>no data uploaded yet</source>
        <translation>nessun dato ancora caricato</translation>
    </message>
</context>
<context>
    <name>nb::ui::AboutDialog</name>
    <message>
        <source>About Nightbridge</source>
        <translation>Informazioni su Nightbridge</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nightbridge %1&lt;/h3&gt;&lt;p&gt;Syncs Medtronic CareLink and Tandem Source data to your own Nightscout site.&lt;/p&gt;&lt;p&gt;Nightbridge is not a medical device. Do not make treatment decisions from the data it shows.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nightbridge %1&lt;/h3&gt;&lt;p&gt;Sincronizza i dati di Medtronic CareLink e Tandem Source con il tuo sito Nightscout.&lt;/p&gt;&lt;p&gt;Nightbridge non è un dispositivo medico. Non prendere decisioni terapeutiche in base ai dati che mostra.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>nb::ui::AccountEditor</name>
    <message>
        <source>Sync this account</source>
        <translation>Sincronizza questo account</translation>
    </message>
    <message>
        <source>Check Nightscout for other uploaders</source>
        <translation>Cerca altri uploader in Nightscout</translation>
    </message>
    <message>
        <source>The defaults are shown instead.</source>
        <translation>Vengono invece mostrati i valori predefiniti.</translation>
    </message>
    <message>
        <source>What to upload</source>
        <translation>Cosa caricare</translation>
    </message>
    <message>
        <source>Choose at least one thing to upload.</source>
        <translation>Scegli almeno una cosa da caricare.</translation>
    </message>
    <message>
        <source>Reading what your Nightscout received recently…</source>
        <translation>Lettura di ciò che il tuo Nightscout ha ricevuto di recente…</translation>
    </message>
    <message>
        <source>No other uploader writes what this account uploads.</source>
        <translation>Nessun altro uploader scrive ciò che carica questo account.</translation>
    </message>
    <message numerus="yes">
        <source>No conflict with what this account uploads (%n note(s) about features that are off).</source>
        <translation>
            <numerusform>Nessun conflitto con ciò che carica questo account (%n nota su funzioni disattivate).</numerusform>
            <numerusform>Nessun conflitto con ciò che carica questo account (%n note su funzioni disattivate).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more about features that are off.)</source>
        <translation>
            <numerusform>(%n altra nota su funzioni disattivate.)</numerusform>
            <numerusform>(%n altre note su funzioni disattivate.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Whose data this is, for example a child&apos;s name. Shown in the tray, the status window and notifications.</source>
        <translation>Di chi sono questi dati, per esempio il nome di un bambino. Mostrato nell&apos;area di notifica, nella finestra di stato e nelle notifiche.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
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
        <translation>Sincronizzato %1</translation>
    </message>
    <message>
        <source>, next sync %1</source>
        <translation>, prossima sincronizzazione %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>mai sincronizzato</translation>
    </message>
    <message numerus="yes">
        <source>Nightscout accepted %n record(s) at %1</source>
        <translation>
            <numerusform>Nightscout ha accettato %n record alle %1</numerusform>
            <numerusform>Nightscout ha accettato %n record alle %1</numerusform>
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
        <translation>Aggiungi Tandem…</translation>
    </message>
    <message>
        <source>Add CareLink…</source>
        <translation>Aggiungi CareLink…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>No accounts yet. Add the Tandem Source or CareLink account whose data should go to Nightscout.</source>
        <translation>Ancora nessun account. Aggiungi l&apos;account Tandem Source o CareLink i cui dati devono andare su Nightscout.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Checked: synced</source>
        <translation>Selezionato: sincronizzato</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;: %2</source>
        <translation>Account «%1»: %2</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;: no test sign-in succeeded.</source>
        <translation>Account «%1»: nessun accesso di prova è riuscito.</translation>
    </message>
</context>
<context>
    <name>nb::ui::ActivityLog</name>
    <message numerus="yes">
        <source>synced, Nightscout accepted %n record(s)</source>
        <translation>
            <numerusform>sincronizzato, Nightscout ha accettato %n record</numerusform>
            <numerusform>sincronizzato, Nightscout ha accettato %n record</numerusform>
        </translation>
    </message>
    <message>
        <source>synced, nothing new</source>
        <translation>sincronizzato, niente di nuovo</translation>
    </message>
    <message>
        <source>Nightscout</source>
        <translation>Nightscout</translation>
    </message>
    <message>
        <source>source</source>
        <translation>origine</translation>
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
        <translation>Attività di Nightbridge</translation>
    </message>
    <message>
        <source>Nothing has happened yet. Sync events and errors of each account appear here.</source>
        <translation>Non è ancora successo niente. Qui compaiono le sincronizzazioni e gli errori di ogni account.</translation>
    </message>
    <message>
        <source>Recent sync events and errors of each account since Nightbridge started. The full log files are in the log folder (“View logs…”).</source>
        <translation>Sincronizzazioni ed errori recenti di ogni account dall&apos;avvio di Nightbridge. I log completi sono nella cartella dei log («Mostra i log…»).</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiato negli appunti.</translation>
    </message>
</context>
<context>
    <name>nb::ui::CareLinkPanel</name>
    <message>
        <source>Sign in with browser…</source>
        <translation>Accedi con il browser…</translation>
    </message>
    <message>
        <source>Use this address</source>
        <translation>Usa questo indirizzo</translation>
    </message>
    <message>
        <source>Choose the account&apos;s country</source>
        <translation>Scegli il paese dell&apos;account</translation>
    </message>
    <message>
        <source>If the browser did not come back: paste the address it ended on</source>
        <translation>Se il browser non è tornato: incolla l&apos;indirizzo su cui è terminato</translation>
    </message>
    <message>
        <source>Care partners choose the patient to follow here after signing in.</source>
        <translation>I care partner scelgono qui il paziente da seguire dopo l&apos;accesso.</translation>
    </message>
    <message>
        <source>Use a CareLink account of its own for Nightbridge (a care partner / follower account): signing in with the same account in another app, or in a second copy of Nightbridge, ends the other session.</source>
        <translation>Usa un account CareLink dedicato a Nightbridge (un account care partner / follower): accedere con lo stesso account in un&apos;altra app, o in una seconda copia di Nightbridge, chiude l&apos;altra sessione.</translation>
    </message>
    <message>
        <source>Medtronic CareLink</source>
        <translation>Medtronic CareLink</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Paese:</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>Accesso:</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Paziente:</translation>
    </message>
    <message>
        <source>CareLink region: %1</source>
        <translation>Regione CareLink: %1</translation>
    </message>
    <message>
        <source>Not signed in yet.</source>
        <translation>Accesso non ancora effettuato.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Accesso effettuato.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Accesso non effettuato.</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Accedi di nuovo…</translation>
    </message>
    <message>
        <source>Choose the country of the CareLink account.</source>
        <translation>Scegli il paese dell&apos;account CareLink.</translation>
    </message>
    <message>
        <source>Choose the patient to follow.</source>
        <translation>Scegli il paziente da seguire.</translation>
    </message>
    <message>
        <source>Choose the country of the CareLink account first.</source>
        <translation>Scegli prima il paese dell&apos;account CareLink.</translation>
    </message>
    <message>
        <source>Finding CareLink&apos;s sign-in page…</source>
        <translation>Ricerca della pagina di accesso di CareLink…</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address yourself, sign in, and paste the address the browser ends on below:
%1</source>
        <translation>Non è stato possibile aprire alcun browser. Apri tu questo indirizzo, accedi e incolla qui sotto l&apos;indirizzo su cui termina il browser:
%1</translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in there with the CareLink account for Nightbridge. If the browser cannot come back to Nightbridge, paste the address it ends on (it starts with %1) below.</source>
        <translation>In attesa del browser… Accedi lì con l&apos;account CareLink destinato a Nightbridge. Se il browser non riesce a tornare a Nightbridge, incolla qui sotto l&apos;indirizzo su cui termina (inizia con %1).</translation>
    </message>
    <message>
        <source>Completing the sign-in…</source>
        <translation>Completamento dell&apos;accesso…</translation>
    </message>
    <message>
        <source>That is not an address. Copy the whole address from the browser&apos;s address bar.</source>
        <translation>Questo non è un indirizzo. Copia l&apos;indirizzo completo dalla barra degli indirizzi del browser.</translation>
    </message>
    <message>
        <source>Start with &quot;Sign in with browser…&quot; first: the address belongs to one sign-in.</source>
        <translation>Inizia prima con «Accedi con il browser…»: l&apos;indirizzo appartiene a un solo accesso.</translation>
    </message>
    <message>
        <source>Signed in. Reading the account…</source>
        <translation>Accesso effettuato. Lettura dell&apos;account…</translation>
    </message>
    <message>
        <source>Signed in, but the account details could not be read: %1</source>
        <translation>Accesso effettuato, ma non è stato possibile leggere i dettagli dell&apos;account: %1</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Accesso effettuato come %1.</translation>
    </message>
    <message>
        <source>This is a patient account: its own data is synced. A care partner (follower) account would choose the patient here.</source>
        <translation>Questo è un account paziente: vengono sincronizzati i suoi dati. Con un account care partner (follower) qui si sceglierebbe il paziente.</translation>
    </message>
    <message>
        <source>No patient is linked to this care partner account yet: link one in CareLink first, then sign in again.</source>
        <translation>Nessun paziente è ancora collegato a questo account care partner: collegane prima uno in CareLink, poi accedi di nuovo.</translation>
    </message>
    <message>
        <source>Choose the patient</source>
        <translation>Scegli il paziente</translation>
    </message>
    <message>
        <source>One Nightbridge account follows one patient; add another CareLink account for another patient.</source>
        <translation>Un account Nightbridge segue un solo paziente; aggiungi un altro account CareLink per un altro paziente.</translation>
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
            <numerusform>%n ora</numerusform>
            <numerusform>%n ore</numerusform>
        </translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>Unità:</translation>
    </message>
    <message>
        <source>Urgent low below:</source>
        <translation>Molto basso sotto:</translation>
    </message>
    <message>
        <source>Low below:</source>
        <translation>Basso sotto:</translation>
    </message>
    <message>
        <source>High above:</source>
        <translation>Alto sopra:</translation>
    </message>
    <message>
        <source>Urgent high above:</source>
        <translation>Molto alto sopra:</translation>
    </message>
    <message>
        <source>Reading is stale after:</source>
        <translation>La lettura è vecchia dopo:</translation>
    </message>
    <message>
        <source>Chart shows:</source>
        <translation>Il grafico mostra:</translation>
    </message>
    <message>
        <source>How the tray icon and the status window show glucose. Thresholds colour the reading; they do not change what is uploaded.</source>
        <translation>Come l&apos;icona nell&apos;area di notifica e la finestra di stato mostrano il glucosio. Le soglie colorano la lettura; non cambiano ciò che viene caricato.</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Visualizzazione</translation>
    </message>
    <message>
        <source>Urgent low must be below low.</source>
        <translation>La soglia molto bassa deve essere inferiore a quella bassa.</translation>
    </message>
    <message>
        <source>Low must be below high.</source>
        <translation>La soglia bassa deve essere inferiore a quella alta.</translation>
    </message>
    <message>
        <source>High must be below urgent high.</source>
        <translation>La soglia alta deve essere inferiore a quella molto alta.</translation>
    </message>
    <message>
        <source>Tray icon shows:</source>
        <translation>L&apos;icona mostra:</translation>
    </message>
    <message>
        <source>The first account</source>
        <translation>Il primo account</translation>
    </message>
</context>
<context>
    <name>nb::ui::GeneralPage</name>
    <message>
        <source>Start Nightbridge when I log in</source>
        <translation>Avvia Nightbridge all&apos;accesso</translation>
    </message>
    <message>
        <source>Detailed (debug) logging, for reporting a problem</source>
        <translation>Log dettagliato (debug), per segnalare un problema</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Apri la cartella dei log</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Lingua di sistema</translation>
    </message>
    <message>
        <source>Path of the tconnectsync .env file</source>
        <translation>Percorso del file .env di tconnectsync</translation>
    </message>
    <message>
        <source>A new language shows after Nightbridge restarts.</source>
        <translation>La nuova lingua appare dopo il riavvio di Nightbridge.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
    <message>
        <source>Move from tconnectsync</source>
        <translation>Passa da tconnectsync</translation>
    </message>
    <message>
        <source>Reads a tconnectsync .env file, creates the accounts and the Nightscout site, and moves the passwords and secrets into %1. This happens right away, not on OK.</source>
        <translation>Legge un file .env di tconnectsync, crea gli account e il sito Nightscout, e sposta password e segreti in %1. Avviene subito, non alla pressione di OK.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>Nessun gestore di file è riuscito ad aprire %1.</translation>
    </message>
    <message>
        <source>Choose the tconnectsync .env file</source>
        <translation>Scegli il file .env di tconnectsync</translation>
    </message>
    <message>
        <source>Choose the .env file to import first.</source>
        <translation>Scegli prima il file .env da importare.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importazione…</translation>
    </message>
    <message>
        <source>No accounts in the file.</source>
        <translation>Nessun account nel file.</translation>
    </message>
    <message>
        <source>Accounts created: %1.</source>
        <translation>Account creati: %1.</translation>
    </message>
    <message>
        <source>Nightscout site set up.</source>
        <translation>Sito Nightscout configurato.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) stored in %1.</source>
        <translation>
            <numerusform>%n segreto salvato in %1.</numerusform>
            <numerusform>%n segreti salvati in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to CareLink on the Accounts page: %1.</source>
        <translation>Accedi a CareLink nella pagina Account: %1.</translation>
    </message>
    <message>
        <source>Now delete %1: it still holds your passwords in plain text, and Nightbridge does not need it.</source>
        <translation>Ora elimina %1: contiene ancora le tue password in chiaro, e Nightbridge non ne ha bisogno.</translation>
    </message>
    <message>
        <source>Accounts updated: %1.</source>
        <translation>Account aggiornati: %1.</translation>
    </message>
</context>
<context>
    <name>nb::ui::GlucoseChart</name>
    <message numerus="yes">
        <source>No readings in the last %n hour(s)</source>
        <translation>
            <numerusform>Nessuna lettura nell&apos;ultima %n ora</numerusform>
            <numerusform>Nessuna lettura nelle ultime %n ore</numerusform>
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
        <translation>Consenti http:// semplice (l&apos;hash del secret viaggia allora non cifrato)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verifica la connessione</translation>
    </message>
    <message>
        <source>https://your-site.example.org</source>
        <translation>https://il-tuo-sito.example.org</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API secret</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token di accesso</translation>
    </message>
    <message>
        <source>The Nightscout site Nightbridge uploads to. The API secret (or token) is kept in %1, never in the settings file.</source>
        <translation>Il sito Nightscout su cui Nightbridge carica i dati. L&apos;API secret (o il token) è conservato in %1, mai nel file delle impostazioni.</translation>
    </message>
    <message>
        <source>Site address:</source>
        <translation>Indirizzo del sito:</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Accedi con:</translation>
    </message>
    <message>
        <source>Secret or token:</source>
        <translation>Secret o token:</translation>
    </message>
    <message>
        <source>Nightscout</source>
        <translation>Nightscout</translation>
    </message>
    <message>
        <source>Stored in %1. Type a new one to replace it.</source>
        <translation>Salvato in %1. Digitane uno nuovo per sostituirlo.</translation>
    </message>
    <message>
        <source>Access token from Nightscout&apos;s Admin Tools</source>
        <translation>Token di accesso dagli strumenti di amministrazione di Nightscout</translation>
    </message>
    <message>
        <source>API_SECRET of the site</source>
        <translation>API_SECRET del sito</translation>
    </message>
    <message>
        <source>Nightscout accepts no uploads at all while its API_SECRET is shorter than %1 characters.</source>
        <translation>Nightscout non accetta alcun caricamento finché il suo API_SECRET è più corto di %1 caratteri.</translation>
    </message>
    <message>
        <source>Enter the address of your Nightscout site first.</source>
        <translation>Inserisci prima l&apos;indirizzo del tuo sito Nightscout.</translation>
    </message>
    <message>
        <source>Contacting the Nightscout site…</source>
        <translation>Connessione al sito Nightscout…</translation>
    </message>
    <message>
        <source>Connected to Nightscout %1 (units: %2). Nightbridge may upload.</source>
        <translation>Connesso a Nightscout %1 (unità: %2). Nightbridge può caricare i dati.</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>versione sconosciuta</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>The connection test failed.</source>
        <translation>La verifica della connessione non è riuscita.</translation>
    </message>
    <message>
        <source>(Nightscout %1, units: %2.)</source>
        <translation>(Nightscout %1, unità: %2.)</translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation>Mostra o nascondi il segreto</translation>
    </message>
    <message>
        <source>Make a token in Nightscout&apos;s Admin Tools (your site&apos;s address followed by /admin): add a subject with a role that may create documents (for example a role with the permission api:*:create), then copy the subject&apos;s access token here.</source>
        <translation>Crea un token negli strumenti di amministrazione di Nightscout (l&apos;indirizzo del tuo sito seguito da /admin): aggiungi un soggetto con un ruolo che possa creare documenti (per esempio un ruolo con il permesso api:*:create), poi copia qui il suo token di accesso.</translation>
    </message>
    <message>
        <source>The Nightscout site %1 was not reached: &quot;Test connection&quot; did not succeed.</source>
        <translation>Il sito Nightscout %1 non è stato raggiunto: «Verifica connessione» non è riuscito.</translation>
    </message>
</context>
<context>
    <name>nb::ui::NotificationCenter</name>
    <message>
        <source>%1: sync is failing</source>
        <translation>%1: la sincronizzazione non riesce</translation>
    </message>
    <message>
        <source>%1: please sign in again</source>
        <translation>%1: accedi di nuovo</translation>
    </message>
    <message>
        <source>%1: no new data</source>
        <translation>%1: nessun dato nuovo</translation>
    </message>
    <message>
        <source>%1: backfill finished</source>
        <translation>%1: recupero dello storico completato</translation>
    </message>
    <message>
        <source>Nightbridge keeps trying. Open the status window for details.</source>
        <translation>Nightbridge continua a riprovare. Apri la finestra di stato per i dettagli.</translation>
    </message>
    <message>
        <source>%1 Nightbridge keeps trying.</source>
        <translation>%1 Nightbridge continua a riprovare.</translation>
    </message>
    <message>
        <source>Syncing is stopped until you sign in again.</source>
        <translation>La sincronizzazione è ferma finché non accedi di nuovo.</translation>
    </message>
    <message>
        <source>%1 Syncing is stopped until you sign in again.</source>
        <translation>%1 La sincronizzazione è ferma finché non accedi di nuovo.</translation>
    </message>
    <message>
        <source>The service answers, but its newest data is from %1. Is the phone app still signed in and connected to the pump?</source>
        <translation>Il servizio risponde, ma i suoi dati più recenti risalgono a %1. L&apos;app del telefono ha ancora l&apos;accesso attivo ed è collegata al microinfusore?</translation>
    </message>
    <message>
        <source>Check the Nightscout address and API secret or token in Settings.</source>
        <translation>Verifica l&apos;indirizzo Nightscout e l&apos;API secret o il token nelle impostazioni.</translation>
    </message>
    <message>
        <source>%1 Check the Nightscout settings.</source>
        <translation>%1 Verifica le impostazioni di Nightscout.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) uploaded to Nightscout.</source>
        <translation>
            <numerusform>%n record caricato su Nightscout.</numerusform>
            <numerusform>%n record caricati su Nightscout.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: Nightscout refuses the upload</source>
        <translation>%1: Nightscout rifiuta il caricamento</translation>
    </message>
    <message>
        <source>%1: low glucose %2</source>
        <translation>%1: glucosio basso %2</translation>
    </message>
    <message>
        <source>%1: high glucose %2</source>
        <translation>%1: glucosio alto %2</translation>
    </message>
    <message>
        <source>%1: URGENT LOW %2</source>
        <translation>%1: MOLTO BASSO %2</translation>
    </message>
    <message>
        <source>Reading from %1.</source>
        <translation>Valore delle %1.</translation>
    </message>
    <message>
        <source>Repeats until you acknowledge or snooze it in the status window or the tray menu.</source>
        <translation>Si ripete finché non lo confermi o lo silenzi nella finestra di stato o nel menu dell&apos;area di notifica.</translation>
    </message>
    <message>
        <source>Nightbridge is not a medical device and its data can arrive late; check with a meter and follow your CGM&apos;s alarms.</source>
        <translation>Nightbridge non è un dispositivo medico e i suoi dati possono arrivare in ritardo; controlla con un glucometro e segui gli allarmi del tuo CGM.</translation>
    </message>
</context>
<context>
    <name>nb::ui::SettingsDialog</name>
    <message>
        <source>Nightbridge Settings</source>
        <translation>Impostazioni di Nightbridge</translation>
    </message>
    <message>
        <source>The settings file was written by a newer version of Nightbridge; update Nightbridge to change settings.</source>
        <translation>Il file delle impostazioni è stato scritto da una versione più recente di Nightbridge; aggiorna Nightbridge per modificare le impostazioni.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Salvare comunque?</translation>
    </message>
    <message>
        <source>Some changes were never tested successfully:</source>
        <translation>Alcune modifiche non sono mai state verificate con successo:</translation>
    </message>
    <message>
        <source>Nightbridge cannot sync until they work. Save anyway?</source>
        <translation>Nightbridge non può sincronizzare finché non funzionano. Salvare comunque?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Salva comunque</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Torna indietro</translation>
    </message>
</context>
<context>
    <name>nb::ui::StatusPopup</name>
    <message>
        <source>No account set up yet. Add one in Settings.</source>
        <translation>Ancora nessun account configurato. Aggiungine uno nelle impostazioni.</translation>
    </message>
    <message>
        <source>Nightbridge</source>
        <translation>Nightbridge</translation>
    </message>
    <message>
        <source>Demo data — not real readings</source>
        <translation>Dati dimostrativi — non letture reali</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Impostazioni…</translation>
    </message>
    <message>
        <source>Open Nightscout</source>
        <translation>Apri Nightscout</translation>
    </message>
    <message>
        <source>No reading yet</source>
        <translation>Ancora nessuna lettura</translation>
    </message>
    <message>
        <source>%1 — no new reading</source>
        <translation>%1 — nessuna nuova lettura</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Conferma</translation>
    </message>
    <message>
        <source>Snooze %1 min</source>
        <translation>Silenzia %1 min</translation>
    </message>
    <message>
        <source>Urgent low: %1. Check now with a meter and follow your CGM&apos;s alarms.</source>
        <translation>Molto basso: %1. Controlla subito con un glucometro e segui gli allarmi del tuo CGM.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Last %n hour(s):</source>
        <translation>
            <numerusform>In %n ora:</numerusform>
            <numerusform>Nelle ultime %n ore:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::ui::SyncPage</name>
    <message>
        <source>Automatically, when each vendor usually has new data</source>
        <translation>Automaticamente, quando ogni produttore ha di solito dati nuovi</translation>
    </message>
    <message>
        <source>At a fixed interval</source>
        <translation>A intervalli fissi</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Mostra le notifiche</translation>
    </message>
    <message>
        <source>When syncing keeps failing for</source>
        <translation>Quando la sincronizzazione continua a non riuscire per</translation>
    </message>
    <message>
        <source>When an account needs to sign in again</source>
        <translation>Quando un account deve accedere di nuovo</translation>
    </message>
    <message>
        <source>When a vendor has had no new data for</source>
        <translation>Quando un produttore non ha dati nuovi da</translation>
    </message>
    <message>
        <source>When Nightscout refuses uploads</source>
        <translation>Quando Nightscout rifiuta i caricamenti</translation>
    </message>
    <message>
        <source>When a backfill finishes</source>
        <translation>Quando un recupero dello storico termina</translation>
    </message>
    <message>
        <source>When to sync</source>
        <translation>Quando sincronizzare</translation>
    </message>
    <message>
        <source>CareLink gets a reading every 5 minutes; Tandem data arrives when the phone app uploads. Automatic follows that, with fewer requests.</source>
        <translation>CareLink riceve una lettura ogni 5 minuti; i dati Tandem arrivano quando l&apos;app del telefono li carica. La modalità automatica segue questo ritmo, con meno richieste.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifiche</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <source>Low and high glucose alerts</source>
        <translation>Avvisi di glucosio basso e alto</translation>
    </message>
    <message>
        <source>Urgent low alert, repeated until acknowledged or snoozed</source>
        <translation>Avviso di molto basso, ripetuto finché non viene confermato o silenziato</translation>
    </message>
    <message>
        <source>Alerts use the Display page&apos;s limits: low below %1, high above %2, urgent low below %3. Nightbridge is not a medical device and its data can arrive late (Tandem readings 30 minutes or more): keep your CGM&apos;s own alarms on.</source>
        <translation>Gli avvisi usano i limiti della pagina «Visualizzazione»: basso sotto %1, alto sopra %2, molto basso sotto %3. Nightbridge non è un dispositivo medico e i suoi dati possono arrivare in ritardo (valori Tandem 30 minuti o più): tieni attivi gli allarmi del tuo CGM.</translation>
    </message>
</context>
<context>
    <name>nb::ui::TandemPanel</name>
    <message>
        <source>Test sign-in</source>
        <translation>Verifica l&apos;accesso</translation>
    </message>
    <message>
        <source>E-mail address of your Tandem Source account</source>
        <translation>Indirizzo e-mail del tuo account Tandem Source</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Checking the credential store…</source>
        <translation>Verifica dell&apos;archivio delle credenziali…</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Stati Uniti</translation>
    </message>
    <message>
        <source>Europe and other countries</source>
        <translation>Europa e altri paesi</translation>
    </message>
    <message>
        <source>The pump with the newest data</source>
        <translation>Il microinfusore con i dati più recenti</translation>
    </message>
    <message>
        <source>Serial %1</source>
        <translation>N. di serie %1</translation>
    </message>
    <message>
        <source>&quot;Test sign-in&quot; lists the pumps of the account.</source>
        <translation>«Verifica l&apos;accesso» elenca i microinfusori dell&apos;account.</translation>
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
        <translation>Regione:</translation>
    </message>
    <message>
        <source>Pump:</source>
        <translation>Microinfusore:</translation>
    </message>
    <message>
        <source>Pump time zone:</source>
        <translation>Fuso orario del microinfusore:</translation>
    </message>
    <message>
        <source>Tandem reports times in the pump&apos;s clock; this is the zone that clock is set to.</source>
        <translation>Tandem riporta gli orari secondo l&apos;orologio del microinfusore; questo è il fuso orario su cui è impostato quell&apos;orologio.</translation>
    </message>
    <message>
        <source>Stored in %1. Type a new one to replace it.</source>
        <translation>Salvato in %1. Digitane uno nuovo per sostituirlo.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, such as Europe/Berlin or America/New_York.</source>
        <translation>Scegli un fuso orario dall&apos;elenco, come Europe/Rome o America/New_York.</translation>
    </message>
    <message>
        <source>Enter the e-mail address of the Tandem Source account.</source>
        <translation>Inserisci l&apos;indirizzo e-mail dell&apos;account Tandem Source.</translation>
    </message>
    <message>
        <source>Enter the Tandem Source password.</source>
        <translation>Inserisci la password di Tandem Source.</translation>
    </message>
    <message>
        <source>Enter the e-mail address first.</source>
        <translation>Inserisci prima l&apos;indirizzo e-mail.</translation>
    </message>
    <message>
        <source>Enter the password first.</source>
        <translation>Inserisci prima la password.</translation>
    </message>
    <message>
        <source>Signing in to Tandem Source…</source>
        <translation>Accesso a Tandem Source…</translation>
    </message>
    <message>
        <source>Pump</source>
        <translation>Microinfusore</translation>
    </message>
    <message>
        <source>%1, serial %2</source>
        <translation>%1, n. di serie %2</translation>
    </message>
    <message>
        <source>never uploaded</source>
        <translation>mai caricato</translation>
    </message>
    <message>
        <source>last data %1</source>
        <translation>ultimi dati %1</translation>
    </message>
    <message numerus="yes">
        <source>(nothing for %n day(s))</source>
        <translation>
            <numerusform>(nulla da %n giorno)</numerusform>
            <numerusform>(nulla da %n giorni)</numerusform>
        </translation>
    </message>
    <message>
        <source>Serial %1 (not in this account)</source>
        <translation>N. di serie %1 (non in questo account)</translation>
    </message>
    <message numerus="yes">
        <source>%n pump(s) sent nothing for more than %1 days: choose the one you use now.</source>
        <translation>
            <numerusform>%n microinfusore non ha inviato nulla da più di %1 giorni: scegli quello che usi ora.</numerusform>
            <numerusform>%n microinfusori non hanno inviato nulla da più di %1 giorni: scegli quello che usi ora.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chosen pump is not in this account any more.</source>
        <translation>Il microinfusore scelto non fa più parte di questo account.</translation>
    </message>
    <message>
        <source>All pumps uploaded recently.</source>
        <translation>Tutti i microinfusori hanno caricato dati di recente.</translation>
    </message>
    <message numerus="yes">
        <source>Signed in. %n pump(s) found.</source>
        <translation>
            <numerusform>Accesso effettuato. Trovato %n microinfusore.</numerusform>
            <numerusform>Accesso effettuato. Trovati %n microinfusori.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Mostra o nascondi la password</translation>
    </message>
</context>
<context>
    <name>nb::ui::TrayMenu</name>
    <message>
        <source>Demo data — not real readings</source>
        <translation>Dati dimostrativi — non letture reali</translation>
    </message>
    <message>
        <source>No reading yet</source>
        <translation>Ancora nessuna lettura</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>Per 30 minuti</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Per 1 ora</translation>
    </message>
    <message>
        <source>Until resumed</source>
        <translation>Fino alla ripresa</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Backfill…</source>
        <translation>Recupero dello storico…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Impostazioni…</translation>
    </message>
    <message>
        <source>Open Nightscout</source>
        <translation>Apri Nightscout</translation>
    </message>
    <message>
        <source>View logs…</source>
        <translation>Mostra i log…</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copia la diagnostica</translation>
    </message>
    <message>
        <source>About Nightbridge</source>
        <translation>Informazioni su Nightbridge</translation>
    </message>
    <message>
        <source>Quit Nightbridge</source>
        <translation>Esci da Nightbridge</translation>
    </message>
    <message>
        <source>Set up Nightbridge…</source>
        <translation>Configura Nightbridge…</translation>
    </message>
    <message>
        <source>Acknowledge urgent low</source>
        <translation>Conferma avviso molto basso</translation>
    </message>
    <message>
        <source>Snooze urgent low</source>
        <translation>Silenzia avviso molto basso</translation>
    </message>
    <message numerus="yes">
        <source>For %n minute(s)</source>
        <translation>
            <numerusform>Per %n minuto</numerusform>
            <numerusform>Per %n minuti</numerusform>
        </translation>
    </message>
    <message>
        <source>Recent readings</source>
        <translation>Valori recenti</translation>
    </message>
    <message>
        <source>Activity…</source>
        <translation>Attività…</translation>
    </message>
    <message>
        <source>URGENT LOW: %1</source>
        <translation>MOLTO BASSO: %1</translation>
    </message>
    <message>
        <source>Recent readings (%1)</source>
        <translation>Valori recenti (%1)</translation>
    </message>
</context>
</TS>
