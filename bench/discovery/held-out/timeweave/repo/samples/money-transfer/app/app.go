package app

import (
	"context"
	"fmt"
	"sync"
	"time"

	"go.timeweave.io/sdk/activity"
	"go.timeweave.io/sdk/timeweave"
	"go.timeweave.io/sdk/workflow"
)

const MoneyTransferTaskQueueName = "TRANSFER_MONEY_TASK_QUEUE"

type PaymentDetails struct {
	SourceAccount string
	TargetAccount string
	Amount        int
	ReferenceID   string
}

// MoneyTransfer withdraws then deposits, refunding if the deposit fails.
func MoneyTransfer(ctx workflow.Context, input PaymentDetails) (string, error) {
	retry := &timeweave.RetryPolicy{
		InitialInterval:        time.Second,
		BackoffCoefficient:     2.0,
		MaximumInterval:        100 * time.Second,
		MaximumAttempts:        500,
		NonRetryableErrorTypes: []string{"InvalidAccountError", "InsufficientFundsError"},
	}
	ctx = workflow.WithActivityOptions(ctx, workflow.ActivityOptions{StartToCloseTimeout: time.Minute, RetryPolicy: retry})

	var withdrawOutput string
	if err := workflow.ExecuteActivity(ctx, Withdraw, input).Get(ctx, &withdrawOutput); err != nil {
		return "", err
	}
	var depositOutput string
	if err := workflow.ExecuteActivity(ctx, Deposit, input).Get(ctx, &depositOutput); err != nil {
		var refund string
		if rerr := workflow.ExecuteActivity(ctx, Refund, input).Get(ctx, &refund); rerr != nil {
			return "", fmt.Errorf("deposit failed: %v; refund failed: %w", err, rerr)
		}
		return "", fmt.Errorf("deposit failed, money returned: %w", err)
	}
	return fmt.Sprintf("Transfer complete (transaction IDs: %s, %s)", withdrawOutput, depositOutput), nil
}

// bank is an in-process stand-in for a real banking API.
type bank struct {
	mu       sync.Mutex
	accounts map[string]int
}

var theBank = &bank{accounts: map[string]int{"85-150": 2000, "43-812": 0}}

func (b *bank) move(account string, delta int) (string, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	bal, ok := b.accounts[account]
	if !ok {
		return "", fmt.Errorf("InvalidAccountError: %s", account)
	}
	if bal+delta < 0 {
		return "", fmt.Errorf("InsufficientFundsError: %s", account)
	}
	b.accounts[account] = bal + delta
	return fmt.Sprintf("tx-%d", time.Now().UnixNano()), nil
}

func Withdraw(ctx context.Context, data PaymentDetails) (string, error) {
	activity.GetLogger(ctx).Info("withdrawing", "amount", data.Amount, "from", data.SourceAccount)
	return theBank.move(data.SourceAccount, -data.Amount)
}

func Deposit(ctx context.Context, data PaymentDetails) (string, error) {
	activity.GetLogger(ctx).Info("depositing", "amount", data.Amount, "to", data.TargetAccount)
	return theBank.move(data.TargetAccount, data.Amount)
}

func Refund(ctx context.Context, data PaymentDetails) (string, error) {
	return theBank.move(data.SourceAccount, data.Amount)
}
