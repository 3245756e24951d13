@echo off
rem strategy-check: checks the plan documents of a company's strategic session.
rem
rem Starts the tool's JVM for a short command-line run (client compiler only, serial
rem collector, small initial heap) with an application class-data archive made on first use
rem and kept in %LOCALAPPDATA%\strategy-check, one per build of the tool. Output and exit
rem code are those of "java -jar lib\strategy-check.jar". Every argument is passed through.
rem Environment: JAVA_HOME (else java on the PATH), STRATEGY_CHECK_OPTS (more JVM options),
rem STRATEGY_CHECK_CACHE (the archive folder), STRATEGY_CHECK_CDS=off (no archive).
setlocal
set "HOME_DIR=%~dp0.."
set "JAR=%HOME_DIR%\lib\strategy-check.jar"
set "JAVA_EXE="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE (
  where java >nul 2>nul
  if errorlevel 1 (
    echo strategy-check: no Java found: set JAVA_HOME or put java ^(17 or later^) on the PATH 1>&2
    exit /b 2
  )
  set "JAVA_EXE=java"
)
set "OPTS=-XX:+IgnoreUnrecognizedVMOptions -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms32m -XX:-UsePerfData -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off %STRATEGY_CHECK_OPTS%"
if /i "%STRATEGY_CHECK_CDS%"=="off" goto plain
set "CACHE=%STRATEGY_CHECK_CACHE%"
if not defined CACHE set "CACHE=%LOCALAPPDATA%\strategy-check"
for %%J in ("%JAR%") do set "KEY=%%~zJ-%%~tJ"
set "KEY=%KEY: =_%"
set "KEY=%KEY::=-%"
set "KEY=%KEY:/=-%"
set "KEY=%KEY:.=-%"
set "ARCHIVE=%CACHE%\strategy-check-%KEY%.jsa"
if exist "%ARCHIVE%" (
  "%JAVA_EXE%" -XX:SharedArchiveFile="%ARCHIVE%" %OPTS% -jar "%JAR%" %*
  exit /b %ERRORLEVEL%
)
if not exist "%CACHE%" mkdir "%CACHE%" >nul 2>nul
if not exist "%CACHE%" goto plain
"%JAVA_EXE%" -XX:ArchiveClassesAtExit="%ARCHIVE%.tmp" %OPTS% -jar "%JAR%" %*
set "STATUS=%ERRORLEVEL%"
if exist "%ARCHIVE%.tmp" move /y "%ARCHIVE%.tmp" "%ARCHIVE%" >nul 2>nul
exit /b %STATUS%
:plain
"%JAVA_EXE%" %OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
