FROM node:18.18.2-bullseye AS builder
WORKDIR /app
COPY plugins/package.json plugins/package-lock.json ./plugins/
RUN npm --prefix plugins ci
COPY plugins/ ./plugins/
RUN npm --prefix plugins run build
COPY frontend/package.json frontend/package-lock.json ./frontend/
RUN npm --prefix frontend ci
COPY frontend/ ./frontend/
RUN npm --prefix frontend run build
COPY server/package.json server/package-lock.json ./server/
RUN npm --prefix server ci
COPY server/ ./server/
RUN npm --prefix server run build

FROM node:18.18.2-bullseye-slim
ENV NODE_ENV=production PORT=3000
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends postgresql-client curl && rm -rf /var/lib/apt/lists/*
COPY --from=builder /app/plugins/dist ./plugins/dist
COPY --from=builder /app/plugins/node_modules ./plugins/node_modules
COPY --from=builder /app/frontend/build ./frontend/build
COPY --from=builder /app/server ./server
COPY docker/entrypoint.sh /entrypoint.sh
RUN chmod +x /entrypoint.sh && useradd -m panelsmith && chown -R panelsmith /app
USER panelsmith
WORKDIR /app/server
EXPOSE 3000
ENTRYPOINT ["/entrypoint.sh"]
CMD ["npm", "run", "start:prod"]
