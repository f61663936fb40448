<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>La langue du système ({language})</translation>
    </message>
    <message>
        <source>The window changes to the language chosen the next time it starts.</source>
        <translation>La fenêtre passe à la langue choisie à son prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Language of this workstation</source>
        <translation>&amp;Langue de ce poste</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked — sign in to continue</source>
        <translation>Verrouillé — connectez-vous pour continuer</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Recalls</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Reload the view</source>
        <translation>Recharger la vue</translation>
    </message>
    <message>
        <source>&amp;Previous day</source>
        <translation>Jour &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Next day</source>
        <translation>Jour &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Au&amp;jourd&apos;hui</translation>
    </message>
    <message>
        <source>Go to today in the calendar</source>
        <translation>Aller à aujourd&apos;hui dans l&apos;agenda</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>&amp;Rechercher un patient</translation>
    </message>
    <message>
        <source>Find a patient by name, phone, date of birth or MRN</source>
        <translation>Rechercher un patient par nom, téléphone, date de naissance ou numéro de dossier</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Nouveau patient…</translation>
    </message>
    <message>
        <source>Register a new patient</source>
        <translation>Enregistrer un nouveau patient</translation>
    </message>
    <message>
        <source>Book &amp;appointment…</source>
        <translation>Prendre un &amp;rendez-vous…</translation>
    </message>
    <message>
        <source>Book for the patient chosen here, at the calendar&apos;s slot or first free time</source>
        <translation>Donner rendez-vous au patient choisi ici, au créneau de l&apos;agenda ou à la première heure libre</translation>
    </message>
    <message>
        <source>&amp;Import patients…</source>
        <translation>&amp;Importer des patients…</translation>
    </message>
    <message>
        <source>Import patients from CSV</source>
        <translation>Importer des patients depuis un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Backup and restore…</source>
        <translation>&amp;Sauvegarde et restauration…</translation>
    </message>
    <message>
        <source>Back up or restore the database</source>
        <translation>Sauvegarder ou restaurer la base de données</translation>
    </message>
    <message>
        <source>&amp;Print day list…</source>
        <translation>Im&amp;primer la liste du jour…</translation>
    </message>
    <message>
        <source>Print the day list, or save it as PDF (the calendar&apos;s day and provider)</source>
        <translation>Imprimer la liste du jour ou l&apos;enregistrer en PDF (le jour et le praticien de l&apos;agenda)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export a calendar (iCalendar), spreadsheets (CSV) or the patients&apos; records (FHIR)</source>
        <translation>Exporter un agenda (iCalendar), des tableurs (CSV) ou les dossiers des patients (FHIR)</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <source>Hide everything until you sign in again</source>
        <translation>Tout masquer jusqu&apos;à votre prochaine connexion</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Changer d&apos;utilisa&amp;teur…</translation>
    </message>
    <message>
        <source>Lock the window for someone else to sign in</source>
        <translation>Verrouiller la fenêtre pour qu&apos;une autre personne se connecte</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>End your session; the window locks</source>
        <translation>Terminer votre session ; la fenêtre se verrouille</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Utilisateurs…</translation>
    </message>
    <message>
        <source>Add users, change roles, unlock accounts</source>
        <translation>Ajouter des utilisateurs, changer les rôles, déverrouiller des comptes</translation>
    </message>
    <message>
        <source>Clinic &amp;settings…</source>
        <translation>Paramètres de la &amp;clinique…</translation>
    </message>
    <message>
        <source>Providers, hours, time off, rooms, appointment types, stock, protocols, the clinic itself</source>
        <translation>Praticiens, horaires, absences, salles, types de rendez-vous, stock, protocoles et la clinique elle-même</translation>
    </message>
    <message>
        <source>Se&amp;t up the clinic…</source>
        <translation>&amp;Mise en place de la clinique…</translation>
    </message>
    <message>
        <source>The set-up checklist: what the clinic needs before it can book</source>
        <translation>La liste de mise en place : ce dont la clinique a besoin avant de pouvoir donner des rendez-vous</translation>
    </message>
    <message>
        <source>App&amp;earance…</source>
        <translation>Apparen&amp;ce…</translation>
    </message>
    <message>
        <source>Text size and colours on this workstation (large text, high contrast)</source>
        <translation>Taille du texte et couleurs sur ce poste (grand texte, contraste élevé)</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>Changer de mot de p&amp;asse…</translation>
    </message>
    <message>
        <source>Change your own password</source>
        <translation>Changer votre propre mot de passe</translation>
    </message>
    <message>
        <source>Lan&amp;guage…</source>
        <translation>&amp;Langue…</translation>
    </message>
    <message>
        <source>The language of the window at this workstation (from the next start)</source>
        <translation>La langue de la fenêtre sur ce poste (à partir du prochain démarrage)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every command of the window and the keys that reach it</source>
        <translation>Toutes les commandes de la fenêtre et les touches qui y mènent</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>À &amp;propos de {app}</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close the application</source>
        <translation>Fermer l&apos;application</translation>
    </message>
    <message>
        <source>Show {view}</source>
        <translation>Afficher {view}</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>Rendez-vous…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
</context>
<context>
    <name>MainStatus</name>
    <message>
        <source>manager</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>praticien</translation>
    </message>
    <message>
        <source>reception</source>
        <translation>accueil</translation>
    </message>
    <message>
        <source>Time zone: {zone}</source>
        <translation>Fuseau horaire : {zone}</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Signed in as {name} (the software itself: all permissions)</source>
        <translation>Connecté en tant que {name} (le logiciel lui-même : toutes les autorisations)</translation>
    </message>
    <message>
        <source>Signed in as {name} ({role})</source>
        <translation>Connecté en tant que {name} ({role})</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Base de données : {location}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Retrying every {seconds} seconds…</source>
        <translation>Nouvel essai toutes les {seconds} secondes…</translation>
    </message>
    <message>
        <source>Connected to the clinic database again.</source>
        <translation>De nouveau connecté à la base de données de la clinique.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>The window&apos;s views; Ctrl+1 to Ctrl+7 go to each</source>
        <translation>Les vues de la fenêtre ; Ctrl+1 à Ctrl+7 mènent à chacune</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Your user name</source>
        <translation>Votre nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Saisissez votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign in to continue.</source>
        <translation>Connectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>Create the clinic&apos;s manager account</source>
        <translation>Créer le compte du responsable de la clinique</translation>
    </message>
    <message>
        <source>This clinic has no user accounts yet. The first is the manager&apos;s: the manager adds the other users (reception, providers), and runs the clinic&apos;s settings, reports and backups. Choose a password of at least 8 characters; a short sentence is easy to remember and hard to guess.</source>
        <translation>Cette clinique n&apos;a encore aucun compte utilisateur. Le premier est celui du responsable : le responsable ajoute les autres utilisateurs (accueil, praticiens) et gère les paramètres, les rapports et les sauvegardes de la clinique. Choisissez un mot de passe d&apos;au moins 8 caractères ; une courte phrase est facile à retenir et difficile à deviner.</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>&amp;Créer et se connecter</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Répéter le mot de passe</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Les deux mots de passe diffèrent ; saisissez deux fois le même mot de passe.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Création du compte…</translation>
    </message>
</context>
</TS>
