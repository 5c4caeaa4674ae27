# syntax=docker/dockerfile:1
# One Dockerfile for every deployable; the build args say which one, e.g.
#   docker build --build-arg PROJECT=services/watchlist/Watchlist.WatchlistService.csproj \
#                --build-arg APP=Watchlist.WatchlistService -t watchlist/watchlist:0.1.0 .
# Base images are pinned to exact patch tags (the SDK and runtime this repo is built and tested
# with) so that a rebuild of the same commit gives the same runtime; bump both together.

# The project files alone, in their directories. This stage reruns on every source edit, but
# its output changes only with a project file, so the restore below stays cached until then.
FROM mcr.microsoft.com/dotnet/sdk:10.0.401-noble AS projects
WORKDIR /src
COPY services/ services/
COPY gateway/ gateway/
COPY console/ console/
RUN find . -type f ! -name '*.csproj' ! -name '*.props' ! -name '*.targets' -delete

FROM mcr.microsoft.com/dotnet/sdk:10.0.401-noble AS build
ARG PROJECT
ARG APP
# ReadyToRun (decision 0097): the host's code and its packages' are compiled ahead of time for this runtime, so a new
# replica starts on native code instead of JIT-compiling Marten, MassTransit and its own screening path under its first
# requests. Framework-dependent: the runtime image supplies .NET. linux-arm64 for an ARM node pool.
ARG RID=linux-x64
WORKDIR /src
RUN test -n "$PROJECT" || { echo "--build-arg PROJECT=<path of the .csproj> is required" >&2; exit 1; }

# Restore from the build settings and every project file, before any source is copied: this
# layer (the slow one) is reused until a package or a project reference changes.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY --from=projects /src ./
RUN dotnet restore "$PROJECT" --runtime "$RID" -p:PublishReadyToRun=true

COPY services/ services/
COPY gateway/ gateway/
COPY console/ console/
RUN dotnet publish "$PROJECT" --configuration Release --no-restore --runtime "$RID" --self-contained false \
    -p:PublishReadyToRun=true --output /app
# Exec-form ENTRYPOINT cannot expand a build arg and the runtime image has no shell, so the
# app host gets a fixed name here. It still starts the right assembly: the host embeds the
# name of its .dll, not its own file name. A wrong APP fails the build at this line.
RUN app="${APP:-$(basename "$PROJECT" .csproj)}" && mv "/app/$app" /app/entrypoint

# Chiseled: no shell, no package manager, a non-root user; a much smaller attack surface.
# The -extra variant because the services need ICU (Vietnamese collation and Unicode
# normalisation; Directory.Build.props sets InvariantGlobalization=false) and tzdata, which
# the plain chiseled image leaves out: there the services would fail at start-up.
FROM mcr.microsoft.com/dotnet/aspnet:10.0.12-noble-chiseled-extra AS final
WORKDIR /app
COPY --from=build /app ./
# 1654 is the images' `app` user (APP_UID). Numeric, so that Kubernetes' runAsNonRoot can
# check it without a passwd file lookup.
USER 1654
ENTRYPOINT ["/app/entrypoint"]
