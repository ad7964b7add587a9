using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Convey.CQRS.Commands;
using Convey.CQRS.Events;
using Convey.MessageBrokers;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using ParcelHub.Services.Operations.Api.Handlers;
using ParcelHub.Services.Operations.Api.Types;

namespace ParcelHub.Services.Operations.Api.Infrastructure
{
    public static class Extensions
    {
        private const string MessagesPath = "messages.json";

        public static IApplicationBuilder SubscribeMessages(this IApplicationBuilder app)
        {
            var subscriber = app.ApplicationServices.GetRequiredService<IBusSubscriber>();
            var messages = JsonConvert.DeserializeObject<IDictionary<string, ServiceMessages>>(
                File.ReadAllText(MessagesPath));

            foreach (var (_, service) in messages)
            {
                foreach (var command in service.Commands)
                {
                    subscriber.Subscribe<GenericCommand>(async (sp, msg, ctx) =>
                        await sp.GetRequiredService<GenericCommandHandler>().HandleAsync(msg, service.Exchange, command));
                }

                foreach (var @event in service.Events)
                {
                    subscriber.Subscribe<GenericEvent>(async (sp, msg, ctx) =>
                        await sp.GetRequiredService<GenericEventHandler>().HandleAsync(msg, service.Exchange, @event));
                }
            }

            return app;
        }
    }
}
