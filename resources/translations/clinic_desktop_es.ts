<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>El idioma del sistema ({language})</translation>
    </message>
    <message>
        <source>The window changes to the language chosen the next time it starts.</source>
        <translation>La ventana cambia al idioma elegido la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>&amp;Language of this workstation</source>
        <translation>&amp;Idioma de este puesto</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked — sign in to continue</source>
        <translation>Bloqueado — inicie sesión para continuar</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Recalls</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Reload the view</source>
        <translation>Volver a cargar la vista</translation>
    </message>
    <message>
        <source>&amp;Previous day</source>
        <translation>Día &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next day</source>
        <translation>Día &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Go to today in the calendar</source>
        <translation>Ir a hoy en el calendario</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>&amp;Buscar paciente</translation>
    </message>
    <message>
        <source>Find a patient by name, phone, date of birth or MRN</source>
        <translation>Buscar un paciente por nombre, teléfono, fecha de nacimiento o número de historia clínica</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Nuevo paciente…</translation>
    </message>
    <message>
        <source>Register a new patient</source>
        <translation>Registrar un paciente nuevo</translation>
    </message>
    <message>
        <source>Book &amp;appointment…</source>
        <translation>Reservar &amp;cita…</translation>
    </message>
    <message>
        <source>Book for the patient chosen here, at the calendar&apos;s slot or first free time</source>
        <translation>Dar cita al paciente elegido aquí, en la franja del calendario o en la primera hora libre</translation>
    </message>
    <message>
        <source>&amp;Import patients…</source>
        <translation>&amp;Importar pacientes…</translation>
    </message>
    <message>
        <source>Import patients from CSV</source>
        <translation>Importar pacientes desde un archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Backup and restore…</source>
        <translation>Copia de seguridad y &amp;restauración…</translation>
    </message>
    <message>
        <source>Back up or restore the database</source>
        <translation>Hacer una copia de seguridad de la base de datos o restaurarla</translation>
    </message>
    <message>
        <source>&amp;Print day list…</source>
        <translation>Im&amp;primir lista del día…</translation>
    </message>
    <message>
        <source>Print the day list, or save it as PDF (the calendar&apos;s day and provider)</source>
        <translation>Imprimir la lista del día o guardarla en PDF (el día y el profesional del calendario)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export a calendar (iCalendar), spreadsheets (CSV) or the patients&apos; records (FHIR)</source>
        <translation>Exportar un calendario (iCalendar), hojas de cálculo (CSV) o las historias clínicas de los pacientes (FHIR)</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <source>Hide everything until you sign in again</source>
        <translation>Ocultarlo todo hasta que vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Cambiar de usuari&amp;o…</translation>
    </message>
    <message>
        <source>Lock the window for someone else to sign in</source>
        <translation>Bloquear la ventana para que otra persona inicie sesión</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>End your session; the window locks</source>
        <translation>Terminar su sesión; la ventana se bloquea</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Usuarios…</translation>
    </message>
    <message>
        <source>Add users, change roles, unlock accounts</source>
        <translation>Añadir usuarios, cambiar funciones, desbloquear cuentas</translation>
    </message>
    <message>
        <source>Clinic &amp;settings…</source>
        <translation>A&amp;justes de la clínica…</translation>
    </message>
    <message>
        <source>Providers, hours, time off, rooms, appointment types, stock, protocols, the clinic itself</source>
        <translation>Profesionales, horarios, ausencias, salas, tipos de cita, existencias, protocolos y la propia clínica</translation>
    </message>
    <message>
        <source>Se&amp;t up the clinic…</source>
        <translation>Pues&amp;ta en marcha de la clínica…</translation>
    </message>
    <message>
        <source>The set-up checklist: what the clinic needs before it can book</source>
        <translation>La lista de puesta en marcha: lo que la clínica necesita antes de poder dar citas</translation>
    </message>
    <message>
        <source>App&amp;earance…</source>
        <translation>Apari&amp;encia…</translation>
    </message>
    <message>
        <source>Text size and colours on this workstation (large text, high contrast)</source>
        <translation>Tamaño del texto y colores en este puesto (texto grande, alto contraste)</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>Cambiar la contr&amp;aseña…</translation>
    </message>
    <message>
        <source>Change your own password</source>
        <translation>Cambiar su propia contraseña</translation>
    </message>
    <message>
        <source>Lan&amp;guage…</source>
        <translation>Idio&amp;ma…</translation>
    </message>
    <message>
        <source>The language of the window at this workstation (from the next start)</source>
        <translation>El idioma de la ventana en este puesto (a partir del próximo inicio)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Every command of the window and the keys that reach it</source>
        <translation>Todas las órdenes de la ventana y las teclas que las ejecutan</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Acerca de {app}</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>Close the application</source>
        <translation>Cerrar la aplicación</translation>
    </message>
    <message>
        <source>Show {view}</source>
        <translation>Mostrar {view}</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>Dar cita…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
</context>
<context>
    <name>MainStatus</name>
    <message>
        <source>manager</source>
        <translation>gerente</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>profesional</translation>
    </message>
    <message>
        <source>reception</source>
        <translation>recepción</translation>
    </message>
    <message>
        <source>Time zone: {zone}</source>
        <translation>Zona horaria: {zone}</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Signed in as {name} (the software itself: all permissions)</source>
        <translation>Sesión iniciada como {name} (el propio programa: todos los permisos)</translation>
    </message>
    <message>
        <source>Signed in as {name} ({role})</source>
        <translation>Sesión iniciada como {name} ({role})</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Base de datos: {location}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Retrying every {seconds} seconds…</source>
        <translation>Se reintenta cada {seconds} segundos…</translation>
    </message>
    <message>
        <source>Connected to the clinic database again.</source>
        <translation>Conectado de nuevo a la base de datos de la clínica.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>The window&apos;s views; Ctrl+1 to Ctrl+7 go to each</source>
        <translation>Las vistas de la ventana; Ctrl+1 a Ctrl+7 llevan a cada una</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>Your user name</source>
        <translation>Su nombre de usuario</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Escriba su nombre de usuario.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to continue.</source>
        <translation>Inicie sesión para continuar.</translation>
    </message>
    <message>
        <source>Create the clinic&apos;s manager account</source>
        <translation>Crear la cuenta del gerente de la clínica</translation>
    </message>
    <message>
        <source>This clinic has no user accounts yet. The first is the manager&apos;s: the manager adds the other users (reception, providers), and runs the clinic&apos;s settings, reports and backups. Choose a password of at least 8 characters; a short sentence is easy to remember and hard to guess.</source>
        <translation>Esta clínica aún no tiene cuentas de usuario. La primera es la del gerente: el gerente añade a los demás usuarios (recepción, profesionales) y se ocupa de los ajustes, los informes y las copias de seguridad de la clínica. Elija una contraseña de al menos 8 caracteres; una frase corta es fácil de recordar y difícil de adivinar.</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>&amp;Crear e iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Repetir contraseña</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Las dos contraseñas no coinciden; escriba la misma contraseña dos veces.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Creando la cuenta…</translation>
    </message>
</context>
</TS>
