using System;
using System.Threading.Tasks;
using ParcelHub.Services.Availability.Application.DTO.External;

namespace ParcelHub.Services.Availability.Application.Services.Clients
{
    public interface ICustomersServiceClient
    {
        Task<CustomerStateDto> GetStateAsync(Guid id);
    }
}
