using System;
using System.Threading.Tasks;
using Convey.MessageBrokers;
using Microsoft.Extensions.Logging;
using ParcelHub.Services.Identity.Application.Commands;
using ParcelHub.Services.Identity.Application.Events;
using ParcelHub.Services.Identity.Core.Entities;
using ParcelHub.Services.Identity.Core.Exceptions;
using ParcelHub.Services.Identity.Core.Repositories;

namespace ParcelHub.Services.Identity.Application.Services
{
    public class IdentityService : IIdentityService
    {
        private readonly IUserRepository _userRepository;
        private readonly IPasswordService _passwordService;
        private readonly IJwtProvider _jwtProvider;
        private readonly IRefreshTokenService _refreshTokenService;
        private readonly IBusPublisher _busPublisher;
        private readonly ILogger<IdentityService> _logger;

        public IdentityService(IUserRepository userRepository, IPasswordService passwordService,
            IJwtProvider jwtProvider, IRefreshTokenService refreshTokenService, IBusPublisher busPublisher,
            ILogger<IdentityService> logger)
        {
            _userRepository = userRepository;
            _passwordService = passwordService;
            _jwtProvider = jwtProvider;
            _refreshTokenService = refreshTokenService;
            _busPublisher = busPublisher;
            _logger = logger;
        }

        public async Task SignUpAsync(SignUp command)
        {
            var user = await _userRepository.GetAsync(command.Email);
            if (user is {})
            {
                _logger.LogError($"Email already in use: {command.Email}");
                throw new EmailInUseException(command.Email);
            }

            var role = string.IsNullOrWhiteSpace(command.Role) ? "user" : command.Role.ToLowerInvariant();
            var password = _passwordService.Hash(command.Password);
            user = new User(command.UserId, command.Email, password, role, DateTime.UtcNow, command.Permissions);
            await _userRepository.AddAsync(user);
            _logger.LogInformation($"Created an account for the user with id: {user.Id}.");
            await _busPublisher.PublishAsync(new SignedUp(user.Id, user.Email, user.Role));
        }

        public async Task<AuthDto> SignInAsync(SignIn command)
        {
            var user = await _userRepository.GetAsync(command.Email);
            if (user is null || !_passwordService.IsValid(user.Password, command.Password))
            {
                throw new InvalidCredentialsException(command.Email);
            }

            var auth = _jwtProvider.Create(user.Id, user.Role);
            auth.RefreshToken = await _refreshTokenService.CreateAsync(user.Id);
            await _busPublisher.PublishAsync(new SignedIn(user.Id, user.Role));
            return auth;
        }
    }
}
