package com.coinbox.account.service;

import com.coinbox.account.client.AuthServiceClient;
import com.coinbox.account.client.StatisticsServiceClient;
import com.coinbox.account.domain.Account;
import com.coinbox.account.domain.User;
import com.coinbox.account.repository.AccountRepository;
import org.junit.Before;
import org.junit.Test;
import org.mockito.InjectMocks;
import org.mockito.Mock;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.*;
import static org.mockito.MockitoAnnotations.initMocks;

public class AccountServiceImplTest {

	@InjectMocks
	private AccountServiceImpl accountService;

	@Mock
	private StatisticsServiceClient statisticsClient;

	@Mock
	private AuthServiceClient authClient;

	@Mock
	private AccountRepository repository;

	@Before
	public void setup() {
		initMocks(this);
	}

	@Test
	public void shouldCreateAccountWithGivenUser() {
		User user = new User();
		user.setUsername("test");

		Account account = accountService.create(user);

		assertEquals(user.getUsername(), account.getName());
		verify(authClient, times(1)).createUser(user);
		verify(repository, times(1)).save(account);
	}

	@Test(expected = IllegalArgumentException.class)
	public void shouldFailWhenNoAccountsExistedWithGivenName() {
		when(repository.findByName("test")).thenReturn(null);
		accountService.saveChanges("test", new Account());
	}
}
