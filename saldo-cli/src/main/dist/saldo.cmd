@echo off
rem saldo launcher for Windows (cmd.exe and PowerShell), the CBS Remote Access desktop in
rem particular. Put it in the same folder as the saldo jar and run, for example:
rem
rem   saldo --version
rem   saldo run --study "H:\saldo\cbs-ra.yaml" --data "G:\Bevolking" --out "H:\saldo\run 1" --temp-dir "H:\saldo\temp"
rem
rem In PowerShell, start it as  .\saldo.cmd ...  from its folder, or with its full path.
rem Every argument is passed to saldo unchanged (%* keeps the quotes), so paths with spaces
rem work when quoted. docs\remote-access.md in saldo's repository has the whole procedure.
rem
rem Java: Java 17 or newer, from JAVA_HOME when it is set, otherwise the first java.exe on PATH.
rem
rem Memory: saldo uses two kinds of memory.
rem   - DuckDB, the engine, works outside the Java heap. By default it takes at most 25% of the
rem     machine's memory and spills the rest to --temp-dir; change it with --memory-limit 8GB.
rem   - The Java heap holds only settings, one SPSS row at a time and the reports. -Xmx4g below
rem     is ample; lower it (-Xmx2g) on a desktop with little memory, because the heap and DuckDB
rem     together must fit in the machine's memory.
rem   Set SALDO_JAVA_OPTS to replace the Java options, e.g.  set SALDO_JAVA_OPTS=-Xmx2g
rem
rem Temporary files: with --temp-dir DIR every temporary file saldo makes goes under DIR:
rem DuckDB's spill files, the spreadsheet's scratch files, and the copy of DuckDB's native
rem library (41 MB) that the driver unpacks at every start. Java fixes its temporary folder when
rem it starts, so this launcher reads --temp-dir from the arguments and starts Java with
rem -Djava.io.tmpdir=DIR. Use a folder on the project drive: the system drive C: of a Remote
rem Access desktop is often small. Clear DIR now and then: Windows cannot delete the unpacked
rem library while it is loaded, so a copy may stay behind after each run.

setlocal EnableExtensions DisableDelayedExpansion

set "SALDO_HOME=%~dp0"

rem The jar: the Windows x64 build if present, otherwise the jar for every platform.
set "SALDO_JAR="
for %%F in ("%SALDO_HOME%saldo-*.jar") do if /i "%%~xF"==".jar" set "SALDO_JAR=%%~fF"
for %%F in ("%SALDO_HOME%saldo-*-windows-x64.jar") do if /i "%%~xF"==".jar" set "SALDO_JAR=%%~fF"
if not defined SALDO_JAR (
  echo saldo: error: no saldo-VERSION.jar in "%SALDO_HOME%"; put saldo.cmd beside the jar. 1>&2
  exit /b 1
)

rem Java: JAVA_HOME first, then PATH.
set "SALDO_JAVA="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "SALDO_JAVA=%JAVA_HOME%\bin\java.exe"
if not defined SALDO_JAVA (
  for /f "delims=" %%J in ('where java.exe 2^>nul') do if not defined SALDO_JAVA set "SALDO_JAVA=%%J"
)
if not defined SALDO_JAVA (
  echo saldo: error: no Java found: set JAVA_HOME to a Java 17 folder or put its bin folder on PATH. 1>&2
  echo See "Java" in docs\remote-access.md. 1>&2
  exit /b 1
)

rem Java 17 or newer: read java.specification.version (1.8 for Java 8, 17 for Java 17).
set "SALDO_JAVA_SPEC="
rem (call: so that cmd /c keeps the quotes around a java.exe path with spaces or parentheses)
for /f "tokens=2 delims==" %%V in ('call "%SALDO_JAVA%" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version"') do set "SALDO_JAVA_SPEC=%%V"
set "SALDO_JAVA_MAJOR="
for /f "tokens=1 delims=. " %%M in ("%SALDO_JAVA_SPEC%") do set "SALDO_JAVA_MAJOR=%%M"
if not defined SALDO_JAVA_MAJOR set "SALDO_JAVA_MAJOR=0"
if %SALDO_JAVA_MAJOR% LSS 17 (
  echo saldo: error: "%SALDO_JAVA%" is Java %SALDO_JAVA_SPEC%; saldo needs Java 17 or newer. 1>&2
  echo Set JAVA_HOME to a Java 17 folder; see "Java" in docs\remote-access.md. 1>&2
  exit /b 1
)

if not defined SALDO_JAVA_OPTS set "SALDO_JAVA_OPTS=-Xmx4g"

rem --temp-dir DIR (or --temp-dir=DIR: cmd splits arguments at = too) becomes Java's temporary
rem folder. A trailing backslash would escape the closing quote, so it gets a dot after it.
set "SALDO_TEMP="
call :temp_dir %*
set "SALDO_TEMP_OPT=-Dsaldo.launcher=cmd"
if not defined SALDO_TEMP goto run
if "%SALDO_TEMP:~-1%"=="\" set "SALDO_TEMP=%SALDO_TEMP%."
if not exist "%SALDO_TEMP%\" mkdir "%SALDO_TEMP%"
set "SALDO_TEMP_OPT=-Djava.io.tmpdir=%SALDO_TEMP%"

:run
"%SALDO_JAVA%" %SALDO_JAVA_OPTS% "%SALDO_TEMP_OPT%" -jar "%SALDO_JAR%" %*
set "SALDO_EXIT=%ERRORLEVEL%"
endlocal & exit /b %SALDO_EXIT%

:temp_dir
if "%~1"=="" goto :eof
if /i "%~1"=="--temp-dir" (
  set "SALDO_TEMP=%~2"
  goto :eof
)
shift
goto temp_dir
