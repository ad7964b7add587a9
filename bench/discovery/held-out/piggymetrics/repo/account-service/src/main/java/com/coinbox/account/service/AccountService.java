package com.coinbox.account.service;

import com.coinbox.account.domain.Account;
import com.coinbox.account.domain.User;

public interface AccountService {

	/** Finds account by given name. */
	Account findByName(String accountName);

	/** Checks if account with the same name already exists, invokes auth-service user creation, creates new account with default parameters. */
	Account create(User user);

	/** Validates and applies incoming account updates, invokes statistics-service update. */
	void saveChanges(String name, Account update);
}
