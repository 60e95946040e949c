// AdvisorBot on Azure: the bot's Container App (several replicas on one PostgreSQL database) and its Azure Bot
// registration with the Microsoft Teams channel, messaging endpoint pointing at the app.
//   az deployment group create -g <group> -f deploy/azure/main.bicep -p deploy/azure/main.parameters.json \
//     -p microsoftAppPassword=... stateConnectionString='Host=...;Database=advisorbot;Username=...;Password=...'
// The Entra app registration (MicrosoftAppId and its client secret) is made beforehand, e.g. `az ad app create`.

@description('Base name of the resources.')
@minLength(3)
@maxLength(24)
param name string = 'advisorbot'

@description('Region of the Container Apps environment and its log workspace (the bot registration is global).')
param location string = resourceGroup().location

@description('The container image, e.g. myregistry.azurecr.io/advisorbot:0.1.0 (built from deploy/Dockerfile).')
param image string

@description('The bot\'s Entra app id: the MicrosoftAppId setting.')
param microsoftAppId string

@description('MicrosoftAppType: SingleTenant (an app of this tenant) or MultiTenant.')
@allowed([
  'SingleTenant'
  'MultiTenant'
])
param microsoftAppType string = 'SingleTenant'

@description('The app\'s tenant (MicrosoftAppTenantId), needed for SingleTenant.')
param microsoftAppTenantId string = tenant().tenantId

@description('The app\'s client secret: the MicrosoftAppPassword setting.')
@secure()
param microsoftAppPassword string

@description('The PostgreSQL connection string every replica shares (ConnectionStrings:State).')
@secure()
param stateConnectionString string

@description('Slack\'s signing secret; empty leaves Slack off.')
@secure()
param slackSigningSecret string = ''

@description('Slack\'s bot token (xoxb-...); empty leaves Slack off.')
@secure()
param slackBotToken string = ''

@description('An OTLP endpoint for traces, metrics and logs; empty = no exporter.')
param otlpEndpoint string = ''

@description('Replicas: at least two, so one can go without losing the bot.')
@minValue(1)
param minReplicas int = 2

@maxValue(30)
param maxReplicas int = 6

@description('The Azure Bot pricing tier: F0 (free, standard channels such as Teams) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

var port = 8080
var slackEnabled = !empty(slackSigningSecret) && !empty(slackBotToken)

var baseSecrets = [
  {
    name: 'microsoft-app-password'
    value: microsoftAppPassword
  }
  {
    name: 'state-connection-string'
    value: stateConnectionString
  }
]
var slackSecrets = slackEnabled
  ? [
      {
        name: 'slack-signing-secret'
        value: slackSigningSecret
      }
      {
        name: 'slack-bot-token'
        value: slackBotToken
      }
    ]
  : []

var baseEnv = [
  {
    name: 'Urls'
    value: 'http://+:${port}'
  }
  {
    name: 'State__DataPath'
    value: '/data'
  }
  {
    name: 'State__Provider'
    value: 'Postgres'
  }
  {
    name: 'ConnectionStrings__State'
    secretRef: 'state-connection-string'
  }
  {
    name: 'MicrosoftAppId'
    value: microsoftAppId
  }
  {
    name: 'MicrosoftAppType'
    value: microsoftAppType
  }
  {
    name: 'MicrosoftAppTenantId'
    value: microsoftAppType == 'SingleTenant' ? microsoftAppTenantId : ''
  }
  {
    name: 'MicrosoftAppPassword'
    secretRef: 'microsoft-app-password'
  }
  {
    name: 'Logging__Console__FormatterName'
    value: 'json'
  }
]
var slackEnv = slackEnabled
  ? [
      {
        name: 'Slack__SigningSecret'
        secretRef: 'slack-signing-secret'
      }
      {
        name: 'Slack__BotToken'
        secretRef: 'slack-bot-token'
      }
    ]
  : []
var telemetryEnv = empty(otlpEndpoint)
  ? []
  : [
      {
        name: 'OpenTelemetry__Otlp__Endpoint'
        value: otlpEndpoint
      }
      {
        name: 'OTEL_SERVICE_NAME'
        value: name
      }
    ]

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${name}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource environment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: '${name}-env'
  location: location
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: logs.properties.customerId
        sharedKey: logs.listKeys().primarySharedKey
      }
    }
  }
}

resource app 'Microsoft.App/containerApps@2024-03-01' = {
  name: name
  location: location
  properties: {
    managedEnvironmentId: environment.id
    configuration: {
      ingress: {
        external: true
        targetPort: port
        transport: 'auto'
        allowInsecure: false
      }
      secrets: concat(baseSecrets, slackSecrets)
    }
    template: {
      containers: [
        {
          name: 'advisorbot'
          image: image
          env: concat(baseEnv, slackEnv, telemetryEnv)
          resources: {
            cpu: json('1.0')
            memory: '2Gi'
          }
          probes: [
            {
              type: 'Readiness'
              httpGet: {
                path: '/readyz'
                port: port
              }
              periodSeconds: 10
              failureThreshold: 3
            }
            {
              type: 'Liveness'
              httpGet: {
                path: '/healthz'
                port: port
              }
              initialDelaySeconds: 10
              periodSeconds: 20
              failureThreshold: 3
            }
          ]
          volumeMounts: [
            {
              volumeName: 'data'
              mountPath: '/data'
            }
          ]
        }
      ]
      // Each replica builds its own knowledge index in its own /data; conversations live in PostgreSQL.
      volumes: [
        {
          name: 'data'
          storageType: 'EmptyDir'
        }
      ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: maxReplicas
        rules: [
          {
            name: 'concurrent-requests'
            http: {
              metadata: {
                concurrentRequests: '100'
              }
            }
          }
        ]
      }
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: 'AdvisorBot'
    description: 'Guided technology decisions, cited answers and design-review summaries.'
    endpoint: 'https://${app.properties.configuration.ingress.fqdn}/api/messages'
    msaAppId: microsoftAppId
    msaAppType: microsoftAppType
    msaAppTenantId: microsoftAppType == 'SingleTenant' ? microsoftAppTenantId : null
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

@description('The bot\'s messaging endpoint, as registered with the Azure Bot.')
output messagingEndpoint string = bot.properties.endpoint

@description('Where the app answers: /healthz, /readyz, /api/messages, /api/slack/*.')
output appUrl string = 'https://${app.properties.configuration.ingress.fqdn}'
