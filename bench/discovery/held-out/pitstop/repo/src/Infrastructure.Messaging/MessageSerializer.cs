using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace Gearbox.Infrastructure.Messaging
{
    public static class MessageSerializer
    {
        private static readonly JsonSerializerSettings _serializerSettings;

        static MessageSerializer()
        {
            _serializerSettings = new JsonSerializerSettings
            {
                ContractResolver = new CamelCasePropertyNamesContractResolver(),
                DateFormatString = "yyyy-MM-ddTHH:mm:ss.fffZ"
            };
        }

        public static string Serialize(object value) => JsonConvert.SerializeObject(value, _serializerSettings);

        public static JObject Deserialize(string value) => JsonConvert.DeserializeObject<JObject>(value, _serializerSettings);
    }
}
